import { Rsqrt } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `1 / sqrt(x)` (TF `tf.math.rsqrt`).
 *
 * @example
 * tf.rsqrt(tf.constant([4, 0.25])); // [0.5 2. ]
 */
export function rsqrt(x: Input): Tensor {
  return unaryOp(Rsqrt, x, FLOATS);
}
