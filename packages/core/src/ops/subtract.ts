import { runKernel } from '../engine';
import { Sub } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a - b` with broadcasting (TF `tf.subtract`).
 *
 * @example
 * tf.subtract(tf.constant([1, 2]), 1); // [0. 1.]
 */
export function subtract(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Sub, NUMERIC);
  return runKernel(Sub, { a: x, b: y });
}
