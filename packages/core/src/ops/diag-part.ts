import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { kernelError } from '../errors';
import { reshape } from './reshape';
import { stridedSlice } from './strided-slice';

/**
 * The main diagonal of the last two axes (TF `tf.linalg.diag_part`), of length min(rows, cols).
 * A composite: in the flattened matrix the diagonal is every (cols + 1)-th value.
 *
 * @example
 * tf.diagPart(tf.constant([[1, 2], [3, 4]])); // [1. 4.]
 */
export function diagPart(x: Input): Tensor {
  const t = convertToTensor(x);
  if (t.rank < 2) throw kernelError('MatrixDiagPartV3', `input must be at least 2-dim, received shape: [${t.shape.join(',')}]`);
  const [rows, cols] = t.shape.slice(-2) as [number, number];
  const k = Math.min(rows, cols);
  const flat = reshape(t, [...t.shape.slice(0, -2), rows * cols]);
  const end = k === 0 ? 0 : (k - 1) * (cols + 1) + 1;
  return stridedSlice(flat, [0, 0], [0, end], [1, cols + 1], { ellipsisMask: 1 });
}
