import { Sum, typedArrayFor, type KernelConfig, type SumAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/**
 * Sums over `axis`. The input is walked once in row order while an odometer moves the output
 * offset (reduced axes have output stride 0), accumulating in float64.
 */
export const sumKernel: KernelConfig = {
  kernelName: Sum,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { axis, keepDims } = attrs as unknown as SumAttrs;
    const xv = valuesOf(x);
    const rank = x.shape.length;
    const reduced = new Set(axis);
    const outShapeKept = x.shape.map((d, i) => (reduced.has(i) ? 1 : d));
    const outShape = keepDims ? outShapeKept : x.shape.filter((_, i) => !reduced.has(i));
    const outSize = outShapeKept.reduce((p, d) => p * d, 1);
    const acc = new Float64Array(outSize);
    if (outSize === 1) {
      let s = 0;
      for (let i = 0; i < xv.length; i++) s += xv[i] as number;
      acc[0] = s;
    } else if (xv.length > 0) {
      // Output strides over the input's axes, 0 where reduced.
      const ostrides = new Array<number>(rank);
      for (let i = rank - 1, s = 1; i >= 0; i--) {
        ostrides[i] = reduced.has(i) ? 0 : s;
        s *= outShapeKept[i] as number;
      }
      const counter = new Array<number>(rank).fill(0);
      const last = rank - 1;
      const n = x.shape[last] as number;
      const innerStride = ostrides[last] as number;
      let o = 0;
      for (let i = 0; i < xv.length; i += n) {
        for (let j = 0, p = o; j < n; j++, p += innerStride) acc[p] = (acc[p] as number) + (xv[i + j] as number);
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
    const out = typedArrayFor(x.dtype, outSize);
    out.set(acc);
    return output(out, outShape, x.dtype);
  },
};
