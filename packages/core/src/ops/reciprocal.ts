import { Reciprocal } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `1 / x` (TF `tf.math.reciprocal`).
 *
 * @example
 * tf.reciprocal(tf.constant([2, 0])); // [0.5 inf]
 */
export function reciprocal(x: Input): Tensor {
  return unaryOp(Reciprocal, x, FLOATS);
}
