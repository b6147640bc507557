import { Tan } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise tangent (TF `tf.tan`).
 *
 * @example
 * tf.tan(tf.constant([0, 1])); // [0.        1.5574077]
 */
export function tan(x: Input): Tensor {
  return unaryOp(Tan, x, FLOATS);
}
