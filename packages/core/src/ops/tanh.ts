import { Tanh } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise hyperbolic tangent (TF `tf.tanh`).
 *
 * @example
 * tf.tanh(tf.constant([0, 1])); // [0.        0.7615942]
 */
export function tanh(x: Input): Tensor {
  return unaryOp(Tanh, x, FLOATS);
}
