import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { kernelError } from '../errors';
import { reshape } from './reshape';

/**
 * Inserts a dimension of size 1 at `axis` (TF `tf.expand_dims`); -1 appends it. A reshape, so
 * it needs no kernel of its own.
 *
 * @example
 * tf.expandDims(tf.constant([1, 2]), 0).shape; // [1, 2]
 */
export function expandDims(x: Input, axis: number): Tensor {
  const t = convertToTensor(x);
  if (!Number.isInteger(axis) || axis < -1 - t.rank || axis > t.rank) {
    throw kernelError('ExpandDims', `Tried to expand dim index ${axis} for tensor with ${t.rank} dimensions.`);
  }
  const at = axis < 0 ? axis + t.rank + 1 : axis;
  return reshape(t, [...t.shape.slice(0, at), 1, ...t.shape.slice(at)]);
}
