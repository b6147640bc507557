import { Relu6 } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { NUMERIC } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `min(max(x, 0), 6)` (TF `tf.nn.relu6`).
 *
 * @example
 * tf.relu6(tf.constant([-1, 2, 8])); // [0. 2. 6.]
 */
export function relu6(x: Input): Tensor {
  return unaryOp(Relu6, x, NUMERIC);
}
