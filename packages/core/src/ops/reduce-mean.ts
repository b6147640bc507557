import { Sum } from '../kernel-names';
import { reductionAxes, sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { cast } from './cast';
import { divide } from './divide';
import { reduceSum } from './reduce-sum';

/**
 * Mean over `axis` (TF `tf.reduce_mean`); a composite of `reduceSum`, so it needs no kernel and
 * no gradient of its own. int32 means truncate toward zero, as in TF.
 *
 * @example
 * tf.reduceMean(tf.constant([[1, 2], [3, 4]]), 1); // [1.5 3.5]
 */
export function reduceMean(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const t = convertToTensor(x);
  const axes = reductionAxes(axis, t.rank, Sum);
  const count = sizeOf(axes.map((a) => t.shape[a] as number));
  const sum = reduceSum(t, axes, keepdims);
  const mean = divide(sum, count);
  return t.dtype === 'int32' ? cast(mean, 'int32') : mean;
}
