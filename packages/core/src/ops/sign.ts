import { Sign } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { NUMERIC } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise sign: -1, 0 or 1, and nan for nan (TF `tf.sign`).
 *
 * @example
 * tf.sign(tf.constant([-2, 0, 3])); // [-1.  0.  1.]
 */
export function sign(x: Input): Tensor {
  return unaryOp(Sign, x, NUMERIC);
}
