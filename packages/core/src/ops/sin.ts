import { Sin } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise sine (TF `tf.sin`).
 *
 * @example
 * tf.sin(tf.constant([0, 1])); // [0.         0.84147096]
 */
export function sin(x: Input): Tensor {
  return unaryOp(Sin, x, FLOATS);
}
