import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { diagPart } from './diag-part';
import { reduceSum } from './reduce-sum';

/**
 * The sum of the main diagonal of the last two axes (TF `tf.linalg.trace`).
 *
 * @example
 * tf.trace(tf.constant([[1, 2], [3, 4]])); // 5.0
 */
export function trace(x: Input): Tensor {
  return reduceSum(diagPart(x), -1);
}
