import { Selu } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise scaled exponential linear unit, `scale * (x < 0 ? alpha * (exp(x) - 1) : x)` with
 * scale ≈ 1.0507 and alpha ≈ 1.6733 (TF `tf.nn.selu`).
 *
 * @example
 * tf.selu(tf.constant([-1, 2])); // [-1.1113307  2.101402 ]
 */
export function selu(x: Input): Tensor {
  return unaryOp(Selu, x, FLOATS);
}
