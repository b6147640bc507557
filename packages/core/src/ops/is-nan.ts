import { IsNan } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `x` is nan, as bool (TF `tf.math.is_nan`).
 *
 * @example
 * tf.isNan(tf.constant([NaN, 1])); // [ True False]
 */
export function isNan(x: Input): Tensor {
  return unaryOp(IsNan, x, FLOATS);
}
