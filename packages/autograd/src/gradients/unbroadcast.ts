import { reduceSum, reshape, shapesEqual, type Shape, type Tensor } from '@tensortape/core';

/** Sums a broadcast gradient back down to the input's `shape`. */
export function unbroadcast(dy: Tensor, shape: Shape): Tensor {
  if (shapesEqual(dy.shape, shape)) return dy;
  const lead = dy.rank - shape.length;
  const axes: number[] = [];
  for (let i = 0; i < dy.rank; i++) {
    if (i < lead || (shape[i - lead] === 1 && dy.shape[i] !== 1)) axes.push(i);
  }
  return reshape(reduceSum(dy, axes), shape);
}
