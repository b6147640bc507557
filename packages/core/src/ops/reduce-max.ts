import { runKernel } from '../engine';
import { Max } from '../kernel-names';
import { reductionAxes } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';

/**
 * Maximum over `axis` (all axes when omitted; negative axes count from the end), dropping the
 * reduced dimensions unless `keepdims` (TF `tf.reduce_max`). nan if any element is nan; an empty
 * reduction gives -inf (the lowest int32 for int32). Tied maxima share the gradient equally.
 *
 * @example
 * tf.reduceMax(tf.constant([[1, 5], [3, 4]]), 0); // [3. 5.]
 */
export function reduceMax(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, Max);
  return runKernel(Max, { x: t }, { axis: reductionAxes(axis, t.rank, Max), keepDims: keepdims });
}
