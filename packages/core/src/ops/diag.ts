import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { expandDims } from './expand-dims';
import { kernelError } from '../errors';
import { pad } from './pad';
import { reshape } from './reshape';
import { slice } from './slice';

/**
 * Square matrices with `diagonal`'s last axis on their diagonal and zeros elsewhere (TF
 * `tf.linalg.diag`); leading axes are batch axes. A composite of pad, reshape and slice, so
 * values move without arithmetic (an inf on the diagonal leaves zeros, not nans, around it).
 *
 * @example
 * tf.diag(tf.constant([1, 2])); // [[1. 0.] [0. 2.]]
 */
export function diag(diagonal: Input): Tensor {
  const v = convertToTensor(diagonal);
  if (v.rank < 1) throw kernelError('MatrixDiagV3', `diagonal must be at least 1-dim, received shape: [${v.shape.join(',')}]`);
  const batch = v.shape.slice(0, -1);
  const n = v.shape[v.rank - 1] as number;
  // Each value followed by n zeros, read as rows of n: value i lands at i * (n + 1), the diagonal.
  const padded = pad(expandDims(v, -1), [...batch.map(() => [0, 0]), [0, 0], [0, n]]);
  const flat = reshape(padded, [...batch, n * (n + 1)]);
  const square = slice(flat, flat.shape.map(() => 0), [...batch, n * n]);
  return reshape(square, [...batch, n, n]);
}
