import { Asinh } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise inverse hyperbolic sine (TF `tf.asinh`).
 *
 * @example
 * tf.asinh(tf.constant([0, 1])); // [0.        0.8813736]
 */
export function asinh(x: Input): Tensor {
  return unaryOp(Asinh, x, FLOATS);
}
