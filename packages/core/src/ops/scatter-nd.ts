import { runKernel } from '../engine';
import { ScatterNd } from '../kernel-names';
import { checkShape } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';
import { indexOperand } from './index-operand';
import { kernelError } from '../errors';

/**
 * Adds `updates` into zeros of `shape` at the index tuples in the last axis of `indices` (TF
 * `tf.scatter_nd`); repeated indices add up. The inverse of `gatherNd`.
 *
 * @example
 * tf.scatterNd([[1], [3]], tf.constant([9, 10]), [4]); // [ 0.  9.  0. 10.]
 */
export function scatterNd(indices: Input, updates: Input, shape: readonly number[]): Tensor {
  const idx = indexOperand(indices, ScatterNd);
  const u = convertToTensor(updates);
  checkDType(u.dtype, NUMERIC, ScatterNd);
  checkShape(shape);
  if (idx.rank < 1) throw kernelError(ScatterNd, `Indices shape must have rank at least one. Found:[${idx.shape.join(',')}]`);
  // TF's ValidateUpdateShape: updates = indices.shape[:-1] + shape[sliceDim:].
  const sliceDim = idx.rank > 1 ? (idx.shape[idx.rank - 1] as number) : 1;
  const batchDim = idx.rank > 1 ? idx.rank - 1 : 1;
  const prefix = () =>
    kernelError(
      ScatterNd,
      `Dimensions [0,${batchDim}) of indices[shape=[${idx.shape.join(',')}]] must match dimensions [0,${batchDim}) of updates[shape=[${u.shape.join(',')}]]`,
    );
  const suffix = () =>
    kernelError(
      ScatterNd,
      `Dimensions [${sliceDim},${shape.length}) of input[shape=[${shape.join(',')}]] must match dimensions ` +
        `[${sliceDim},${u.rank}) of updates[shape=[${u.shape.join(',')}]]`,
    );
  if (u.rank < batchDim) throw prefix();
  if (u.rank !== batchDim + shape.length - sliceDim || sliceDim > shape.length) throw suffix();
  for (let d = 0; d < batchDim; d++) if (u.shape[d] !== idx.shape[d]) throw prefix();
  for (let d = 0; d < u.rank - batchDim; d++) if (u.shape[d + batchDim] !== shape[d + sliceDim]) throw suffix();
  return runKernel(ScatterNd, { indices: idx, updates: u }, { shape: [...shape] });
}
