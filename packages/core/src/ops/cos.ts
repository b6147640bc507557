import { Cos } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise cosine (TF `tf.cos`).
 *
 * @example
 * tf.cos(tf.constant([0, 1])); // [1.        0.5403023]
 */
export function cos(x: Input): Tensor {
  return unaryOp(Cos, x, FLOATS);
}
