import { Slice, stridesOf, typedArrayFor, type KernelConfig, type SliceAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { stridedCopy } from './strided-copy';

export const sliceKernel: KernelConfig = {
  kernelName: Slice,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { begin, size } = attrs as unknown as SliceAttrs;
    const strides = stridesOf(x.shape);
    const start = begin.reduce((s, b, i) => s + b * (strides[i] as number), 0);
    const out = typedArrayFor(x.dtype, size.reduce((p, d) => p * d, 1));
    stridedCopy(valuesOf(x), start, strides, out, 0, stridesOf(size), size);
    return output(out, size, x.dtype);
  },
};
