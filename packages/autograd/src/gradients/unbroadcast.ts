import { reduceSum, reshape, shapesEqual, type Shape, type Tensor } from '@tensortape/core';

/**
 * Sums a broadcast gradient back down to the input's `shape`, keeping `dy`'s first `batch` axes
 * (see `batchRank`).
 */
export function unbroadcast(dy: Tensor, shape: Shape, batch = 0): Tensor {
  const target = [...dy.shape.slice(0, batch), ...shape];
  if (shapesEqual(dy.shape, target)) return dy;
  const lead = dy.rank - target.length;
  const axes: number[] = [];
  for (let i = batch; i < dy.rank; i++) {
    if (i < batch + lead || (target[i - lead] === 1 && dy.shape[i] !== 1)) axes.push(i);
  }
  return reshape(reduceSum(dy, axes), target);
}
