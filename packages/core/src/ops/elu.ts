import { Elu } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise exponential linear unit, `x < 0 ? exp(x) - 1 : x` (TF `tf.nn.elu`).
 *
 * @example
 * tf.elu(tf.constant([-1, 2])); // [-0.63212055  2.        ]
 */
export function elu(x: Input): Tensor {
  return unaryOp(Elu, x, FLOATS);
}
