import { runKernel } from '../engine';
import { FloorDiv } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `floor(a / b)` with broadcasting, in the operands' dtype (TF `tf.math.floordiv`,
 * Python's `//`). An int32 division by zero raises TF's `Integer division by zero`. It has no
 * gradient, as in TF.
 *
 * @example
 * tf.floorDiv(tf.constant([7n, -7n]), 2n); // [ 3 -4]
 */
export function floorDiv(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, FloorDiv, NUMERIC);
  return runKernel(FloorDiv, { a: x, b: y });
}
