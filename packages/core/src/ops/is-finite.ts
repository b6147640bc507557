import { IsFinite } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `x` is neither inf nor nan, as bool (TF `tf.math.is_finite`).
 *
 * @example
 * tf.isFinite(tf.constant([Infinity, 1])); // [False  True]
 */
export function isFinite(x: Input): Tensor {
  return unaryOp(IsFinite, x, FLOATS);
}
