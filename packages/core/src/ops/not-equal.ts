import { runKernel } from '../engine';
import { NotEqual } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a != b` with broadcasting, as a bool tensor (TF `tf.math.not_equal`); bool operands too.
 *
 * @example
 * tf.notEqual(tf.constant([1, 2]), 2); // [ True False]
 */
export function notEqual(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, NotEqual, [...NUMERIC, 'bool']);
  return runKernel(NotEqual, { a: x, b: y });
}
