import { Acosh } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise inverse hyperbolic cosine, nan below 1 (TF `tf.acosh`).
 *
 * @example
 * tf.acosh(tf.constant([1, 2])); // [0.       1.316958]
 */
export function acosh(x: Input): Tensor {
  return unaryOp(Acosh, x, FLOATS);
}
