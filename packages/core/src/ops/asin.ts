import { Asin } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise arcsine, nan outside [-1, 1] (TF `tf.asin`).
 *
 * @example
 * tf.asin(tf.constant([0, 1])); // [0.        1.5707964]
 */
export function asin(x: Input): Tensor {
  return unaryOp(Asin, x, FLOATS);
}
