import { runKernel } from '../engine';
import { SquaredDifference } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `(a - b)²` with broadcasting (TF `tf.math.squared_difference`).
 *
 * @example
 * tf.squaredDifference(tf.constant([1, 5]), 3); // [4. 4.]
 */
export function squaredDifference(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, SquaredDifference, NUMERIC);
  return runKernel(SquaredDifference, { a: x, b: y });
}
