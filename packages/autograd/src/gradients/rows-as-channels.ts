import { reshape, sizeOf, transpose, type Shape, type Tensor } from '@tensortape/core';

/**
 * For a filter's gradient under a batched dy [...rows, N, …]: dy as [N, …] whose channel axis,
 * `groups` × k channels, becomes groups × rows × k. Each row's channels are then channels of
 * their own, and one filter gradient computes every row's at once (a filter's output channels
 * are independent). Returns that dy and the rows' shape.
 */
export function rowsAsChannels(dy: Tensor, batch: number, dataFormat: 'NHWC' | 'NCHW', groups: number): [Tensor, Shape] {
  const rowShape = dy.shape.slice(0, batch);
  const rows = sizeOf(rowShape);
  const [n, d1, d2, d3] = dy.shape.slice(batch) as [number, number, number, number];
  if (dataFormat === 'NHWC') {
    const split = reshape(dy, [rows, n, d1, d2, groups, d3 / groups]);
    return [reshape(transpose(split, [1, 2, 3, 4, 0, 5]), [n, d1, d2, d3 * rows]), rowShape];
  }
  const split = reshape(dy, [rows, n, groups, d1 / groups, d2, d3]);
  return [reshape(transpose(split, [1, 2, 0, 3, 4, 5]), [n, d1 * rows, d2, d3]), rowShape];
}

/** The inverse for the filter gradient [kh, kw, in, rows × k]: [...rows, kh, kw, in, k]. */
export function rowsFromChannels(w: Tensor, rowShape: Shape): Tensor {
  const [kh, kw, cin, wide] = w.shape as [number, number, number, number];
  const rows = sizeOf(rowShape);
  const k = wide / rows;
  return reshape(transpose(reshape(w, [kh, kw, cin, rows, k]), [3, 0, 1, 2, 4]), [...rowShape, kh, kw, cin, k]);
}
