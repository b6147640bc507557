import { reduceSum, reshape, type Shape, type Tensor } from '@tensortape/core';

/**
 * Sums a broadcast gradient back down to the input's `shape`, keeping `dy`'s first `batch` axes
 * (see `batchRank`).
 */
export function unbroadcast(dy: Tensor, shape: Shape, batch = 0): Tensor {
  // The common case allocates nothing: this runs for every binary op of every backward pass.
  if (hasShape(dy.shape, batch, shape)) return dy;
  const target = [...dy.shape.slice(0, batch), ...shape];
  const lead = dy.rank - target.length;
  const axes: number[] = [];
  for (let i = batch; i < dy.rank; i++) {
    if (i < batch + lead || (target[i - lead] === 1 && dy.shape[i] !== 1)) axes.push(i);
  }
  return reshape(reduceSum(dy, axes), target);
}

/** Whether `full` is `shape` behind `batch` leading axes. */
function hasShape(full: Shape, batch: number, shape: Shape): boolean {
  if (full.length !== batch + shape.length) return false;
  for (let i = 0; i < shape.length; i++) if (full[batch + i] !== shape[i]) return false;
  return true;
}
