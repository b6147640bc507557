import { runKernel } from '../engine';
import { Greater } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a > b` with broadcasting, as a bool tensor (TF `tf.greater`).
 *
 * @example
 * tf.greater(tf.constant([1, 3]), 2); // [False  True]
 */
export function greater(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Greater, NUMERIC);
  return runKernel(Greater, { a: x, b: y });
}
