import { runKernel } from '../engine';
import { LessEqual } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a <= b` with broadcasting, as a bool tensor (TF `tf.math.less_equal`).
 *
 * @example
 * tf.lessEqual(tf.constant([1, 2, 3]), 2); // [ True  True False]
 */
export function lessEqual(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, LessEqual, NUMERIC);
  return runKernel(LessEqual, { a: x, b: y });
}
