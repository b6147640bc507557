import { Atan } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise arctangent (TF `tf.atan`).
 *
 * @example
 * tf.atan(tf.constant([0, 1])); // [0.        0.7853982]
 */
export function atan(x: Input): Tensor {
  return unaryOp(Atan, x, FLOATS);
}
