import { Cosh } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise hyperbolic cosine (TF `tf.cosh`).
 *
 * @example
 * tf.cosh(tf.constant([0, 1])); // [1.        1.5430807]
 */
export function cosh(x: Input): Tensor {
  return unaryOp(Cosh, x, FLOATS);
}
