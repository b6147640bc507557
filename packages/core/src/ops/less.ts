import { runKernel } from '../engine';
import { Less } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a < b` with broadcasting, as a bool tensor (TF `tf.math.less`).
 *
 * @example
 * tf.less(tf.constant([1, 3]), 2); // [ True False]
 */
export function less(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Less, NUMERIC);
  return runKernel(Less, { a: x, b: y });
}
