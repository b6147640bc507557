import { Ceil } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise smallest integer not below x (TF `tf.math.ceil`); no gradient.
 *
 * @example
 * tf.ceil(tf.constant([-1.5, 1.5])); // [-1.  2.]
 */
export function ceil(x: Input): Tensor {
  return unaryOp(Ceil, x, FLOATS);
}
