import { runKernel } from '../engine';
import { GreaterEqual } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a >= b` with broadcasting, as a bool tensor (TF `tf.math.greater_equal`).
 *
 * @example
 * tf.greaterEqual(tf.constant([1, 2, 3]), 2); // [False  True  True]
 */
export function greaterEqual(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, GreaterEqual, NUMERIC);
  return runKernel(GreaterEqual, { a: x, b: y });
}
