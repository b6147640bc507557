import { Atanh } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise inverse hyperbolic tangent, ±inf at ±1 (TF `tf.atanh`).
 *
 * @example
 * tf.atanh(tf.constant([0, 0.5])); // [0.         0.54930615]
 */
export function atanh(x: Input): Tensor {
  return unaryOp(Atanh, x, FLOATS);
}
