import { runKernel } from '../engine';
import { Minimum } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise smaller of `a` and `b` with broadcasting (TF `tf.minimum`); nan if either is nan.
 * On a tie the gradient goes to `a`, as in TF.
 *
 * @example
 * tf.minimum(tf.constant([1, 5]), 3); // [1. 3.]
 */
export function minimum(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Minimum, NUMERIC);
  return runKernel(Minimum, { a: x, b: y });
}
