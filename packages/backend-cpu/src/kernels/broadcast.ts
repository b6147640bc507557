import { sizeOf, stridesOf, type Shape } from '@tensortape/core';

/**
 * Walks the output of a broadcast of several inputs in row order and calls `body(outIndex,
 * offsets)` once per innermost run, with the input offsets of its first element. Inputs
 * repeated along the innermost axis have inner stride 0. No per-element index arithmetic: an
 * odometer updates offsets by strides.
 */
export function forEachBroadcastRow(
  outShape: Shape,
  inShapes: readonly Shape[],
  body: (out: number, offsets: readonly number[], innerStrides: readonly number[], n: number) => void,
): void {
  const rank = outShape.length;
  const n = rank === 0 ? 1 : (outShape[rank - 1] as number);
  if (sizeOf(outShape) === 0) return;
  // Broadcast strides: 0 along axes where an input has size 1 (or is missing).
  const strides = inShapes.map((s) => {
    const own = stridesOf(s);
    return outShape.map((d, i) => {
      const j = i - (rank - s.length);
      return j < 0 || s[j] === 1 ? 0 : (own[j] as number);
    });
  });
  const inner = strides.map((s) => (rank === 0 ? 0 : (s[rank - 1] as number)));
  const offsets = inShapes.map(() => 0);
  const counter = new Array<number>(Math.max(rank - 1, 0)).fill(0);
  const rows = rank <= 1 ? 1 : sizeOf(outShape.slice(0, rank - 1));
  for (let row = 0, out = 0; row < rows; row++, out += n) {
    body(out, offsets, inner, n);
    // Advance the odometer over the outer axes.
    for (let ax = rank - 2; ax >= 0; ax--) {
      const c = (counter[ax] as number) + 1;
      if (c < (outShape[ax] as number)) {
        counter[ax] = c;
        for (let k = 0; k < offsets.length; k++) offsets[k] = (offsets[k] as number) + ((strides[k] as number[])[ax] as number);
        break;
      }
      counter[ax] = 0;
      for (let k = 0; k < offsets.length; k++) {
        offsets[k] = (offsets[k] as number) - ((strides[k] as number[])[ax] as number) * (c - 1);
      }
    }
  }
}
