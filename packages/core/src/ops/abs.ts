import { Abs } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { NUMERIC } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise absolute value (TF `tf.abs`).
 *
 * @example
 * tf.abs(tf.constant([-2, 3])); // [2. 3.]
 */
export function abs(x: Input): Tensor {
  return unaryOp(Abs, x, NUMERIC);
}
