import { Softplus } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `log(1 + exp(x))`, stable for large |x| (TF `tf.nn.softplus`).
 *
 * @example
 * tf.softplus(tf.constant([0, 100])); // [  0.6931472 100.       ]
 */
export function softplus(x: Input): Tensor {
  return unaryOp(Softplus, x, FLOATS);
}
