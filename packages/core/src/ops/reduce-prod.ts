import { runKernel } from '../engine';
import { Prod } from '../kernel-names';
import { reductionAxes } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';

/**
 * Product over `axis` (all axes when omitted; negative axes count from the end), dropping the
 * reduced dimensions unless `keepdims` (TF `tf.reduce_prod`). Its gradient is exact at zeros too
 * (products of the other elements, never a division).
 *
 * @example
 * tf.reduceProd(tf.constant([[1, 2], [3, 4]]), 1); // [ 2. 12.]
 */
export function reduceProd(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, Prod);
  return runKernel(Prod, { x: t }, { axis: reductionAxes(axis, t.rank, Prod), keepDims: keepdims });
}
