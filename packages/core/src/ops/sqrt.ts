import { Sqrt } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise square root (TF `tf.sqrt`).
 *
 * @example
 * tf.sqrt(tf.constant([4, 9])); // [2. 3.]
 */
export function sqrt(x: Input): Tensor {
  return unaryOp(Sqrt, x, FLOATS);
}
