import { sizeOf, type ArgMaxAttrs, type KernelFunc, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/**
 * The int32 index along `axis` of the value that `better` prefers, the first one on ties. The
 * input is viewed as [outer, n, inner] and walked row by row, keeping the best value of each
 * inner position.
 */
export function argReduceKernel(better: (v: number, best: number) => boolean): KernelFunc {
  return ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { axis } = attrs as unknown as ArgMaxAttrs;
    const xv = valuesOf(x);
    const outer = sizeOf(x.shape.slice(0, axis));
    const n = x.shape[axis] as number;
    const inner = sizeOf(x.shape.slice(axis + 1));
    const out = new Int32Array(outer * inner);
    const best = new Float64Array(inner);
    for (let o = 0; o < outer; o++) {
      const base = o * n * inner;
      const ob = o * inner;
      for (let i = 0; i < inner; i++) best[i] = xv[base + i] as number;
      for (let k = 1; k < n; k++) {
        const row = base + k * inner;
        for (let i = 0; i < inner; i++) {
          const v = xv[row + i] as number;
          if (better(v, best[i] as number)) {
            best[i] = v;
            out[ob + i] = k;
          }
        }
      }
    }
    return output(out, x.shape.filter((_, i) => i !== axis), 'int32');
  };
}
