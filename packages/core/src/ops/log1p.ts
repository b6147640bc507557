import { Log1p } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `log(1 + x)`, accurate for small x (TF `tf.math.log1p`).
 *
 * @example
 * tf.log1p(tf.constant([0, 1])); // [0.        0.6931472]
 */
export function log1p(x: Input): Tensor {
  return unaryOp(Log1p, x, FLOATS);
}
