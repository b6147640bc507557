import { runKernel } from '../engine';
import { Min } from '../kernel-names';
import { reductionAxes } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';

/**
 * Minimum over `axis` (all axes when omitted; negative axes count from the end), dropping the
 * reduced dimensions unless `keepdims` (TF `tf.reduce_min`). nan if any element is nan; an empty
 * reduction gives inf (the highest int32 for int32). Tied minima share the gradient equally.
 *
 * @example
 * tf.reduceMin(tf.constant([[1, 5], [3, 4]]), 1); // [1. 3.]
 */
export function reduceMin(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, Min);
  return runKernel(Min, { x: t }, { axis: reductionAxes(axis, t.rank, Min), keepDims: keepdims });
}
