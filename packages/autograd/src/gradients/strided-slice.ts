import { expandDims, pad, reshape, reverse, slice, StridedSlice, zeros, type StridedSliceAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, shiftAxes, withBatch } from './batch';
import { tensorInputs } from './inputs';

/**
 * dy put back where its elements were read, with zeros between: negative-stride axes are
 * reversed, a step s spreads each element s apart (pad a new axis to s, merge, trim), and a
 * final pad places the block at its offset. Only differentiable ops, so it differentiates again.
 */
export const stridedSliceGrad: GradientConfig = {
  kernelName: StridedSlice,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const batch = batchRank(dy!, node.outputs[0]!);
    return { x: () => spreadBack(dy!, batch, x!, node.attrs as unknown as StridedSliceAttrs) };
  },
};

function spreadBack(dy: Tensor, batch: number, x: Tensor, { begin, strides, size }: StridedSliceAttrs): Tensor {
  if (size.includes(0)) return zeros(withBatch(dy, batch, x.shape), x.dtype);
  let g = reshape(dy, withBatch(dy, batch, size));
  const flipped = strides.map((s, i) => (s < 0 ? i : -1)).filter((i) => i >= 0);
  if (flipped.length > 0) g = reverse(g, shiftAxes(flipped, batch));
  const paddings = x.shape.map((d, i) => {
    const [n, s] = [size[i] as number, strides[i] as number];
    const step = Math.abs(s);
    // The first element read, in input order.
    const first = s < 0 ? (begin[i] as number) + (n - 1) * s : (begin[i] as number);
    if (step > 1 && n > 1) {
      const at = batch + i;
      const spaced = pad(expandDims(g, at + 1), Array.from({ length: g.rank + 1 }, (_, j) => (j === at + 1 ? [0, step - 1] : [0, 0])));
      const merged = reshape(spaced, g.shape.map((m, j) => (j === at ? m * step : m)));
      g = slice(merged, g.shape.map(() => 0), g.shape.map((m, j) => (j === at ? (n - 1) * step + 1 : m)));
    }
    const span = (n - 1) * step + 1;
    return [first, d - first - span];
  });
  return pad(g, [...Array.from({ length: batch }, () => [0, 0]), ...paddings]);
}
