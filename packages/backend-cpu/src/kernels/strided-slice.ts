import { StridedSlice, stridesOf, typedArrayFor, type KernelConfig, type StridedSliceAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { stridedCopy } from './strided-copy';

/** Reads every `strides[i]`-th element from `begin`; the output shape only regroups them. */
export const stridedSliceKernel: KernelConfig = {
  kernelName: StridedSlice,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { begin, strides, size, shape } = attrs as unknown as StridedSliceAttrs;
    const own = stridesOf(x.shape);
    const start = begin.reduce((s, b, i) => s + b * (own[i] as number), 0);
    const out = typedArrayFor(x.dtype, size.reduce((p, d) => p * d, 1));
    stridedCopy(valuesOf(x), start, own.map((s, i) => s * (strides[i] as number)), out, 0, stridesOf(size), size);
    return output(out, shape, x.dtype);
  },
};
