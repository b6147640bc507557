import { runKernel } from '../engine';
import { Sum } from '../kernel-names';
import { reductionAxes } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';

/**
 * Sum over `axis` (all axes when omitted; negative axes count from the end), dropping the
 * reduced dimensions unless `keepdims` (TF `tf.reduce_sum`).
 *
 * @example
 * tf.reduceSum(tf.constant([[1, 2], [3, 4]]), 0); // [4. 6.]
 */
export function reduceSum(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, Sum);
  return runKernel(Sum, { x: t }, { axis: reductionAxes(axis, t.rank, Sum), keepDims: keepdims });
}
