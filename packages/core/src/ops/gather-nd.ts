import { runKernel } from '../engine';
import { GatherNd } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { indexOperand } from './index-operand';
import { kernelError } from '../errors';

/**
 * Gathers slices of `params` at index tuples (TF `tf.gather_nd`): the last axis of `indices`
 * holds a (partial) index into params, and the other axes shape the result. Out-of-range indices
 * are an error. Plain JS indices convert to int32.
 *
 * @example
 * tf.gatherNd(tf.constant([[1, 2], [3, 4]]), [[1, 0], [0, 1]]); // [3. 2.]
 * tf.gatherNd(tf.constant([[1, 2], [3, 4]]), [[1]]);            // [[3. 4.]]
 */
export function gatherNd(params: Input, indices: Input): Tensor {
  const p = convertToTensor(params);
  const idx = indexOperand(indices, GatherNd, 'Tindices');
  if (p.rank < 1) throw kernelError(GatherNd, 'params must be at least a vector');
  if (idx.rank < 1) throw kernelError(GatherNd, 'indices must be at least a vector');
  const depth = idx.shape[idx.rank - 1] as number;
  if (depth > p.rank) {
    throw kernelError(GatherNd, `index innermost dimension length must be <= params rank; saw: ${depth} vs. ${p.rank}`);
  }
  return runKernel(GatherNd, { params: p, indices: idx });
}
