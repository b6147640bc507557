import { Relu } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { NUMERIC } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `max(x, 0)` (TF `tf.nn.relu`); its gradient at 0 is 0.
 *
 * @example
 * tf.relu(tf.constant([-1, 2])); // [0. 2.]
 */
export function relu(x: Input): Tensor {
  return unaryOp(Relu, x, NUMERIC);
}
