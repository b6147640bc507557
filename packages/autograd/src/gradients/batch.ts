import type { Shape, Tensor } from '@tensortape/core';

/**
 * How many leading batch axes an upstream gradient carries beyond its output's rank. A
 * vectorised jacobian sends all its rows through a batchable gradient at once, stacked on such
 * an axis; in a plain backward pass there are none.
 */
export function batchRank(dy: Tensor, output: Tensor): number {
  return dy.rank - output.rank;
}

/** `shape` behind `dy`'s first `batch` axes. */
export function withBatch(dy: Tensor, batch: number, shape: Shape): number[] {
  return [...dy.shape.slice(0, batch), ...shape];
}

/** `axes` of an output, as axes of an upstream gradient with `batch` leading axes. */
export function shiftAxes(axes: readonly number[], batch: number): number[] {
  return axes.map((a) => a + batch);
}
