import { runKernel } from '../engine';
import { opError } from '../errors';
import { BroadcastTo } from '../kernel-names';
import { broadcastShapes, checkShape, shapesEqual } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';

/**
 * Repeats `x` along broadcast dimensions to `shape` (TF `tf.broadcast_to`).
 *
 * @example
 * tf.broadcastTo(tf.constant([1, 2]), [2, 2]); // [[1. 2.] [1. 2.]]
 */
export function broadcastTo(x: Input, shape: readonly number[]): Tensor {
  const t = convertToTensor(x);
  checkShape(shape);
  const out = shape.length >= t.rank ? broadcastShapes(t.shape, shape, BroadcastTo) : null;
  if (!out || !shapesEqual(out, shape)) {
    throw opError(BroadcastTo, `Unable to broadcast tensor of shape [${t.shape.join(',')}] to tensor of shape [${shape.join(',')}]`);
  }
  return runKernel(BroadcastTo, { x: t }, { shape: [...shape] });
}
