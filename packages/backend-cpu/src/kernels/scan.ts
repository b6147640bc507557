import { sizeOf, typedArrayFor, type CumsumAttrs, type KernelFunc, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/**
 * A running fold along `axis` (attrs {@link CumsumAttrs}), e.g. cumsum with `combine = +`. The
 * input is viewed as [outer, n, inner]; each step combines a whole row of `inner` values with
 * the previous row's results, which are stored in the output dtype as they go (so float32 rounds
 * at every step, as TF's do).
 */
export function scanKernel(identity: number, combine: (acc: number, v: number) => number): KernelFunc {
  return ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { axis, exclusive, reverse } = attrs as unknown as CumsumAttrs;
    const xv = valuesOf(x);
    const out = typedArrayFor(x.dtype, xv.length);
    const outer = sizeOf(x.shape.slice(0, axis));
    const n = x.shape[axis] as number;
    const inner = sizeOf(x.shape.slice(axis + 1));
    const back = reverse ? inner : -inner; // from a row to the one before it in scan order
    for (let o = 0; o < outer; o++) {
      const base = o * n * inner;
      for (let s = 0; s < n; s++) {
        const row = base + (reverse ? n - 1 - s : s) * inner;
        if (s === 0) {
          for (let i = 0; i < inner; i++) out[row + i] = exclusive ? identity : (xv[row + i] as number);
        } else {
          const prev = row + back;
          const src = exclusive ? prev : row;
          for (let i = 0; i < inner; i++) out[row + i] = combine(out[prev + i] as number, xv[src + i] as number);
        }
      }
    }
    return output(out, x.shape, x.dtype);
  };
}
