import { typedArrayFor, type DType, type KernelFunc, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/** An element-wise unary kernel. */
export function unaryKernel(fn: (x: number) => number, outDType?: DType): KernelFunc {
  return ({ inputs }) => {
    const x = inputs.x as TensorInfo;
    const xv = valuesOf(x);
    const dtype = outDType ?? x.dtype;
    const out = typedArrayFor(dtype, xv.length);
    for (let i = 0; i < xv.length; i++) out[i] = fn(xv[i] as number);
    return output(out, x.shape, dtype);
  };
}
