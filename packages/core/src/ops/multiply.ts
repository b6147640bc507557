import { runKernel } from '../engine';
import { Mul } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a * b` with broadcasting (TF `tf.multiply`).
 *
 * @example
 * tf.multiply(2, tf.constant([1, 2])); // [2. 4.]
 */
export function multiply(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Mul, NUMERIC);
  return runKernel(Mul, { a: x, b: y });
}
