import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { reduceMean } from './reduce-mean';
import { square } from './square';
import { subtract } from './subtract';

/**
 * Population variance (divided by n) over `axis` (all axes when omitted), dropping the reduced
 * dimensions unless `keepdims` (TF `tf.math.reduce_variance`). Float only; a composite, as in TF.
 *
 * @example
 * tf.reduceVariance(tf.constant([[1, 2], [3, 4]]), 1); // [0.25 0.25]
 */
export function reduceVariance(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const t = convertToTensor(x);
  const means = reduceMean(t, axis, true);
  if (means.dtype === 'int32') {
    throw new TypeError(`Input must be either real or complex. Received integer type <dtype: '${means.dtype}'>.`);
  }
  return reduceMean(square(subtract(t, means)), axis, keepdims);
}
