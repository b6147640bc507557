import { Round } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { NUMERIC } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise rounding, halves to even (TF `tf.round`); no gradient.
 *
 * @example
 * tf.round(tf.constant([0.5, 1.5, 2.5, -0.5])); // [ 0.  2.  2. -0.]
 */
export function round(x: Input): Tensor {
  return unaryOp(Round, x, NUMERIC);
}
