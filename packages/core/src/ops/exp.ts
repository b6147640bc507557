import { Exp } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `e ** x` (TF `tf.exp`).
 *
 * @example
 * tf.exp(tf.constant([0, 1])); // [1.        2.7182817]
 */
export function exp(x: Input): Tensor {
  return unaryOp(Exp, x, FLOATS);
}
