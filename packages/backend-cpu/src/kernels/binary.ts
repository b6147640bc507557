import { broadcastShapes, typedArrayFor, type DType, type KernelFunc, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { forEachBroadcastRow } from './broadcast';

type Fn = (a: number, b: number) => number;

/**
 * An element-wise binary kernel with broadcasting. The common cases, equal shapes and a scalar
 * operand, run as flat loops; the rest walks broadcast rows with strides.
 */
export function binaryKernel(opName: string, fn: Fn, outDType?: DType): KernelFunc {
  return ({ inputs }) => {
    const a = inputs.a as TensorInfo;
    const b = inputs.b as TensorInfo;
    const av = valuesOf(a);
    const bv = valuesOf(b);
    const shape = broadcastShapes(a.shape, b.shape, opName);
    const dtype = outDType ?? a.dtype;
    const n = av.length === bv.length ? av.length : Math.max(av.length, bv.length);
    if (av.length === bv.length && a.shape.length === b.shape.length) {
      const out = typedArrayFor(dtype, n);
      for (let i = 0; i < n; i++) out[i] = fn(av[i] as number, bv[i] as number);
      return output(out, shape, dtype);
    }
    const out = typedArrayFor(dtype, shape.reduce((x, y) => x * y, 1));
    if (bv.length === 1) {
      const s = bv[0] as number;
      for (let i = 0; i < out.length; i++) out[i] = fn(av[i] as number, s);
    } else if (av.length === 1) {
      const s = av[0] as number;
      for (let i = 0; i < out.length; i++) out[i] = fn(s, bv[i] as number);
    } else {
      forEachBroadcastRow(shape, [a.shape, b.shape], (o, [ia, ib], [sa, sb], len) => {
        let pa = ia as number;
        let pb = ib as number;
        for (let j = 0; j < len; j++, pa += sa as number, pb += sb as number) out[o + j] = fn(av[pa] as number, bv[pb] as number);
      });
    }
    return output(out, shape, dtype);
  };
}
