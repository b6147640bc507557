import { reshape, sizeOf, tile, transpose, type Shape, type Tensor } from '@tensortape/core';

/**
 * Batch rules of convolutions whose batched operand is not the examples: the rows of a
 * vectorised jacobian become channels (of activations) or filter axes, since a convolution's
 * channels are computed independently of each other. Layouts put the rows outside the
 * channels they multiply and inside channel groups: `groups` × k channels become
 * groups × rows × k.
 */
type Format = 'NHWC' | 'NCHW';

/** Activations [...rows, N, …] as one example tensor whose channels are groups × rows × k; and the rows' shape. */
export function rowsAsChannels(t: Tensor, batch: number, format: Format, groups: number): [Tensor, Shape] {
  const rowShape = t.shape.slice(0, batch);
  const rows = sizeOf(rowShape);
  const [n, d1, d2, d3] = t.shape.slice(batch) as [number, number, number, number];
  if (format === 'NHWC') {
    const split = reshape(t, [rows, n, d1, d2, groups, d3 / groups]);
    return [reshape(transpose(split, [1, 2, 3, 4, 0, 5]), [n, d1, d2, d3 * rows]), rowShape];
  }
  const split = reshape(t, [rows, n, groups, d1 / groups, d2, d3]);
  return [reshape(transpose(split, [1, 2, 0, 3, 4, 5]), [n, d1 * rows, d2, d3]), rowShape];
}

/** The inverse of {@link rowsAsChannels}: [...rows, N, …] with groups × k channels. */
export function channelsAsRows(t: Tensor, rowShape: Shape, format: Format, groups: number): Tensor {
  const rows = sizeOf(rowShape);
  const [n, d1, d2, d3] = t.shape as [number, number, number, number];
  if (format === 'NHWC') {
    const split = reshape(t, [n, d1, d2, groups, rows, d3 / groups / rows]);
    return reshape(transpose(split, [4, 0, 1, 2, 3, 5]), [...rowShape, n, d1, d2, d3 / rows]);
  }
  const split = reshape(t, [n, groups, rows, d1 / groups / rows, d2, d3]);
  return reshape(transpose(split, [2, 0, 1, 3, 4, 5]), [...rowShape, n, d1 / rows, d2, d3]);
}

/**
 * A filter [...rows, kh, kw, in, out] as one filter with the rows in one axis: the input axis
 * (rows × in) or the output axis, whose `groups` × k channels become groups × rows × k.
 */
export function rowsIntoFilter(f: Tensor, batch: number, axis: 'in' | 'out', groups = 1): Tensor {
  const rows = sizeOf(f.shape.slice(0, batch));
  const [kh, kw, cin, cout] = f.shape.slice(batch) as [number, number, number, number];
  if (axis === 'in') return reshape(transpose(reshape(f, [rows, kh, kw, cin, cout]), [1, 2, 0, 3, 4]), [kh, kw, rows * cin, cout]);
  const split = reshape(f, [rows, kh, kw, cin, groups, cout / groups]);
  return reshape(transpose(split, [1, 2, 3, 4, 0, 5]), [kh, kw, cin, rows * cout]);
}

/** The inverse of {@link rowsIntoFilter}: [...rows, kh, kw, in, out]. */
export function filterAsRows(w: Tensor, rowShape: Shape, axis: 'in' | 'out', groups = 1): Tensor {
  const rows = sizeOf(rowShape);
  const [kh, kw, cin, cout] = w.shape as [number, number, number, number];
  if (axis === 'in') return reshape(transpose(reshape(w, [kh, kw, rows, cin / rows, cout]), [2, 0, 1, 3, 4]), [...rowShape, kh, kw, cin / rows, cout]);
  const split = reshape(w, [kh, kw, cin, groups, rows, cout / groups / rows]);
  return reshape(transpose(split, [4, 0, 1, 2, 3, 5]), [...rowShape, kh, kw, cin, cout / rows]);
}

/** An example tensor's channels repeated `rows` times (rows outside), to meet rows × channels. */
export function repeatChannels(t: Tensor, rows: number, format: Format): Tensor {
  return tile(t, format === 'NHWC' ? [1, 1, 1, rows] : [1, rows, 1, 1]);
}

/** An example shape with its channel axis multiplied by `rows`. */
export function wideChannels(shape: Shape, rows: number, format: Format): number[] {
  const axis = format === 'NHWC' ? 3 : 1;
  return shape.map((d, i) => (i === axis ? d * rows : d));
}
