import { Floor } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise largest integer not above x (TF `tf.floor`); no gradient.
 *
 * @example
 * tf.floor(tf.constant([-1.5, 1.5])); // [-2.  1.]
 */
export function floor(x: Input): Tensor {
  return unaryOp(Floor, x, FLOATS);
}
