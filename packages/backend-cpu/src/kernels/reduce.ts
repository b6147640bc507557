import { sizeOf, typedArrayFor, type DType, type KernelFunc, type SumAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/** How a reduction folds values of one dtype: the empty reduction's value and one step. */
export interface Fold {
  readonly init: number;
  readonly step: (acc: number, v: number) => number;
}

/**
 * A reduction over `axis` (attrs {@link SumAttrs}), as the Sum kernel walks: the input once in
 * row order while an odometer moves the output offset (reduced axes have output stride 0),
 * accumulating in float64.
 */
export function reduceKernel(foldFor: (dtype: DType) => Fold, outDType?: DType): KernelFunc {
  return ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { axis, keepDims } = attrs as unknown as SumAttrs;
    const { init, step } = foldFor(x.dtype);
    const xv = valuesOf(x);
    const rank = x.shape.length;
    const reduced = new Set(axis);
    const kept = x.shape.map((d, i) => (reduced.has(i) ? 1 : d));
    const outShape = keepDims ? kept : x.shape.filter((_, i) => !reduced.has(i));
    const outSize = sizeOf(kept);
    const acc = new Float64Array(outSize).fill(init);
    if (outSize === 1) {
      let a = init;
      for (let i = 0; i < xv.length; i++) a = step(a, xv[i] as number);
      acc[0] = a;
    } else if (xv.length > 0) {
      const ostrides = new Array<number>(rank);
      for (let i = rank - 1, s = 1; i >= 0; i--) {
        ostrides[i] = reduced.has(i) ? 0 : s;
        s *= kept[i] as number;
      }
      const counter = new Array<number>(rank).fill(0);
      const last = rank - 1;
      const n = x.shape[last] as number;
      const innerStride = ostrides[last] as number;
      let o = 0;
      for (let i = 0; i < xv.length; i += n) {
        for (let j = 0, p = o; j < n; j++, p += innerStride) acc[p] = step(acc[p] as number, xv[i + j] as number);
        for (let ax = last - 1; ax >= 0; ax--) {
          const c = (counter[ax] as number) + 1;
          if (c < (x.shape[ax] as number)) {
            counter[ax] = c;
            o += ostrides[ax] as number;
            break;
          }
          counter[ax] = 0;
          o -= (ostrides[ax] as number) * (c - 1);
        }
      }
    }
    const dtype = outDType ?? x.dtype;
    const out = typedArrayFor(dtype, outSize);
    out.set(acc);
    return output(out, outShape, dtype);
  };
}
