import { runKernel } from '../engine';
import { Pow } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a ** b` with broadcasting (TF `tf.pow`).
 *
 * @example
 * tf.pow(tf.constant([2, 3]), 2); // [4. 9.]
 */
export function pow(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Pow, NUMERIC);
  return runKernel(Pow, { a: x, b: y });
}
