import { runKernel } from '../engine';
import { Gather } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { indexOperand } from './index-operand';
import { kernelError } from '../errors';

/**
 * Slices of `params` along `axis` at `indices` (TF `tf.gather`); the first `batchDims` axes of
 * params and indices are matched batch by batch, and `axis` defaults to `batchDims`. Indices out
 * of range are an error, as on TF's CPU. Plain JS indices convert to int32.
 *
 * @example
 * tf.gather(tf.constant([[1, 2], [3, 4], [5, 6]]), [2, 0]); // [[5. 6.] [1. 2.]]
 */
export function gather(params: Input, indices: Input, axis?: number, batchDims = 0): Tensor {
  const p = convertToTensor(params);
  const idx = indexOperand(indices, Gather);
  if (p.rank < 1) throw kernelError(Gather, 'params must be at least 1 dimensional');
  let ax = axis ?? batchDims;
  if (!Number.isInteger(ax) || ax < -p.rank || ax >= p.rank) {
    throw kernelError(Gather, `Expected axis in the range [${-p.rank}, ${p.rank}), but got ${ax}`);
  }
  if (ax < 0) ax += p.rank;
  let bd = batchDims;
  if (bd !== 0) {
    if (!Number.isInteger(bd) || bd < -idx.rank || bd > idx.rank) {
      throw kernelError(Gather, `Expected batch_dims in the range [${-idx.rank}, ${idx.rank}], but got ${bd}`);
    }
    if (bd < 0) bd += idx.rank;
    if (axis === undefined) ax = bd;
    if (bd >= p.rank) throw kernelError(Gather, `batch_dims (${bd}) must be less than rank(params) (${p.rank}).`);
    if (ax < bd) throw kernelError(Gather, `batch_dims (${bd}) must be less than or equal to axis (${ax}).`);
    for (let i = 0; i < bd; i++) {
      if (p.shape[i] !== idx.shape[i]) {
        throw kernelError(Gather, `params.shape[${i}]: ${p.shape[i]} should be equal to indices.shape[${i}]: ${idx.shape[i]}`);
      }
    }
  }
  return runKernel(Gather, { params: p, indices: idx }, { axis: ax, batchDims: bd });
}
