import { Erf } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise Gauss error function (TF `tf.math.erf`).
 *
 * @example
 * tf.erf(tf.constant([0, 1])); // [0.        0.8427008]
 */
export function erf(x: Input): Tensor {
  return unaryOp(Erf, x, FLOATS);
}
