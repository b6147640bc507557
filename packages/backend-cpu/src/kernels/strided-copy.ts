import { sizeOf, type Shape, type TypedArray } from '@tensortape/core';

/**
 * Copies a strided block: for every index i of `shape`,
 * `dst[dst0 + Σ i_k·dstStrides_k] = src[src0 + Σ i_k·srcStrides_k]`. Strides may be 0 (repeat)
 * or negative (reverse). An odometer walks the outer axes and updates both offsets by strides;
 * the innermost axis is a plain loop, or a block copy where both sides are contiguous.
 * Slice, strided slice, transpose, pad, tile, reverse, concat and split are all this one walk.
 */
export function stridedCopy(
  src: TypedArray,
  src0: number,
  srcStrides: readonly number[],
  dst: TypedArray,
  dst0: number,
  dstStrides: readonly number[],
  shape: Shape,
): void {
  const rank = shape.length;
  if (sizeOf(shape) === 0) return;
  if (rank === 0) {
    dst[dst0] = src[src0] as number;
    return;
  }
  const n = shape[rank - 1] as number;
  const si = srcStrides[rank - 1] as number;
  const di = dstStrides[rank - 1] as number;
  const block = si === 1 && di === 1 && n >= 16 && src.constructor === dst.constructor;
  const counter = new Array<number>(rank - 1).fill(0);
  let s = src0;
  let d = dst0;
  for (;;) {
    if (block) dst.set(src.subarray(s, s + n), d);
    else for (let j = 0, p = s, q = d; j < n; j++, p += si, q += di) dst[q] = src[p] as number;
    let ax = rank - 2;
    for (; ax >= 0; ax--) {
      const c = (counter[ax] as number) + 1;
      if (c < (shape[ax] as number)) {
        counter[ax] = c;
        s += srcStrides[ax] as number;
        d += dstStrides[ax] as number;
        break;
      }
      counter[ax] = 0;
      s -= (srcStrides[ax] as number) * (c - 1);
      d -= (dstStrides[ax] as number) * (c - 1);
    }
    if (ax < 0) return;
  }
}
