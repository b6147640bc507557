import { Expm1 } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise `exp(x) - 1`, accurate for small x (TF `tf.math.expm1`).
 *
 * @example
 * tf.expm1(tf.constant(1e-10, { dtype: 'float64' })); // 1.00000000005e-10
 */
export function expm1(x: Input): Tensor {
  return unaryOp(Expm1, x, FLOATS);
}
