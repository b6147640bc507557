import { runKernel } from '../engine';
import { Maximum } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise larger of `a` and `b` with broadcasting (TF `tf.maximum`); nan if either is nan.
 * On a tie the gradient goes to `a`, as in TF.
 *
 * @example
 * tf.maximum(tf.constant([1, 5]), 3); // [3. 5.]
 */
export function maximum(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Maximum, NUMERIC);
  return runKernel(Maximum, { a: x, b: y });
}
