import { runKernel } from '../engine';
import { Equal } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a == b` with broadcasting, as a bool tensor (TF `tf.math.equal`); bool operands too.
 *
 * @example
 * tf.equal(tf.constant([1, 2]), 2); // [False  True]
 */
export function equal(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Equal, [...NUMERIC, 'bool']);
  return runKernel(Equal, { a: x, b: y });
}
