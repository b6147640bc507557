import { Acos } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise arccosine, nan outside [-1, 1] (TF `tf.acos`).
 *
 * @example
 * tf.acos(tf.constant([1, 0])); // [0.        1.5707964]
 */
export function acos(x: Input): Tensor {
  return unaryOp(Acos, x, FLOATS);
}
