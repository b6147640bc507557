import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { reduceVariance } from './reduce-variance';
import { sqrt } from './sqrt';

/**
 * Population standard deviation over `axis` (all axes when omitted), dropping the reduced
 * dimensions unless `keepdims` (TF `tf.math.reduce_std`): `sqrt(reduceVariance(...))`, float only.
 *
 * @example
 * tf.reduceStd(tf.constant([[1, 2], [3, 4]]), 0); // [1. 1.]
 */
export function reduceStd(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  return sqrt(reduceVariance(x, axis, keepdims));
}
