import { reshape, sizeOf, tile, transpose, zeros, type Shape, type Tensor } from '@tensortape/core';

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

/**
 * For window ops (convolutions, pools), whose examples are independent: `dy`'s leading batch
 * axes merged into its example axis, [rows·N, ...]. Row r's examples come r-th.
 */
export function foldBatch(dy: Tensor, batch: number): Tensor {
  if (batch === 0) return dy;
  return reshape(dy, [sizeOf(dy.shape.slice(0, batch + 1)), ...dy.shape.slice(batch + 1)]);
}

/** The inverse of {@link foldBatch} for a result [rows·N, ...]: [...dy's batch axes, N, ...]. */
export function unfoldBatch(t: Tensor, dy: Tensor, batch: number): Tensor {
  if (batch === 0) return t;
  const lead = dy.shape.slice(0, batch);
  return reshape(t, [...lead, (t.shape[0] as number) / sizeOf(lead), ...t.shape.slice(1)]);
}

/** `shape` with its first (example) axis multiplied by the rows of `dy`'s batch axes. */
export function foldedShape(shape: Shape, dy: Tensor, batch: number): number[] {
  return [(shape[0] as number) * sizeOf(dy.shape.slice(0, batch)), ...shape.slice(1)];
}

/** `t` with its first `a` axes moved behind the `b` axes after them. */
export function swapLeading(t: Tensor, a: number, b: number): Tensor {
  if (a === 0 || b === 0) return t;
  const axes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  return transpose(t, [...axes(a, a + b), ...axes(0, a), ...axes(a + b, t.rank)]);
}

/** `dy` with its batch axes merged into one leading axis of rows: [rows, ...]. */
export function mergeBatch(dy: Tensor, batch: number): Tensor {
  return reshape(dy, [sizeOf(dy.shape.slice(0, batch)), ...dy.shape.slice(batch)]);
}

/** For window ops: `t` (an example tensor) repeated once per row of `dy`'s batch axes, as {@link foldBatch} lays rows out. */
export function repeatForRows(t: Tensor, dy: Tensor, batch: number): Tensor {
  if (batch === 0) return t;
  return tile(t, [sizeOf(dy.shape.slice(0, batch)), ...t.shape.slice(1).map(() => 1)]);
}

/** Zeros shaped like `t` behind `dy`'s batch axes (the gradient of an input that gets none). */
export function zerosWithBatch(dy: Tensor, batch: number, t: Tensor): Tensor {
  return zeros(withBatch(dy, batch, t.shape), t.dtype);
}
