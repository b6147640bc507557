import { runKernel } from '../engine';
import { Atan2 } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { FLOATS } from './check-dtype';

/**
 * Element-wise angle in radians of the point `(x, y)`, in [-π, π], with broadcasting (TF
 * `tf.math.atan2`; note the order: `y` first). Float only.
 *
 * @example
 * tf.atan2(tf.constant([1, -1]), tf.constant([0, 0])); // [ 1.5707964 -1.5707964]
 */
export function atan2(y: Input, x: Input): Tensor {
  const [a, b] = binaryOperands(y, x, Atan2, FLOATS);
  return runKernel(Atan2, { a, b });
}
