import { SplitV, stridesOf, typedArrayFor, type KernelConfig, type SplitVAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { stridedCopy } from './strided-copy';

/** One output per size: the input's block at the running offset along `axis`. */
export const splitVKernel: KernelConfig = {
  kernelName: SplitV,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { sizeSplits, axis } = attrs as unknown as SplitVAttrs;
    const xv = valuesOf(x);
    const strides = stridesOf(x.shape);
    let offset = 0;
    return sizeSplits.map((n) => {
      const shape = x.shape.map((d, i) => (i === axis ? n : d));
      const out = typedArrayFor(x.dtype, shape.reduce((p, d) => p * d, 1));
      stridedCopy(xv, offset * (strides[axis] as number), strides, out, 0, stridesOf(shape), shape);
      offset += n;
      return output(out, shape, x.dtype);
    });
  },
};
