import { expandDims, pad, reshape, reverse, slice, StridedSlice, zerosLike, type StridedSliceAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/**
 * dy put back where its elements were read, with zeros between: negative-stride axes are
 * reversed, a step s spreads each element s apart (pad a new axis to s, merge, trim), and a
 * final pad places the block at its offset. Only differentiable ops, so it differentiates again.
 */
export const stridedSliceGrad: GradientConfig = {
  kernelName: StridedSlice,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => spreadBack(dy!, x!, node.attrs as unknown as StridedSliceAttrs) };
  },
};

function spreadBack(dy: Tensor, x: Tensor, { begin, strides, size }: StridedSliceAttrs): Tensor {
  if (size.includes(0)) return zerosLike(x);
  let g = reshape(dy, size);
  const flipped = strides.map((s, i) => (s < 0 ? i : -1)).filter((i) => i >= 0);
  if (flipped.length > 0) g = reverse(g, flipped);
  const paddings = x.shape.map((d, i) => {
    const [n, s] = [size[i] as number, strides[i] as number];
    const step = Math.abs(s);
    // The first element read, in input order.
    const first = s < 0 ? (begin[i] as number) + (n - 1) * s : (begin[i] as number);
    if (step > 1 && n > 1) {
      const spaced = pad(expandDims(g, i + 1), Array.from({ length: g.rank + 1 }, (_, j) => (j === i + 1 ? [0, step - 1] : [0, 0])));
      const merged = reshape(spaced, g.shape.map((m, j) => (j === i ? m * step : m)));
      g = slice(merged, g.shape.map(() => 0), g.shape.map((m, j) => (j === i ? (n - 1) * step + 1 : m)));
    }
    const span = (n - 1) * step + 1;
    return [first, d - first - span];
  });
  return pad(g, paddings);
}
