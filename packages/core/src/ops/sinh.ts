import { Sinh } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise hyperbolic sine (TF `tf.sinh`).
 *
 * @example
 * tf.sinh(tf.constant([0, 1])); // [0.        1.1752012]
 */
export function sinh(x: Input): Tensor {
  return unaryOp(Sinh, x, FLOATS);
}
