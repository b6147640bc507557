import { Concat, stridesOf, typedArrayFor, type ConcatAttrs, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { stridedCopy } from './strided-copy';

/** Each input is copied into its block of the output, offset along `axis`. */
export const concatKernel: KernelConfig = {
  kernelName: Concat,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const { axis } = attrs as unknown as ConcatAttrs;
    const parts = Object.values(inputs);
    const first = parts[0] as TensorInfo;
    const shape = [...first.shape];
    shape[axis] = parts.reduce((s, t) => s + (t.shape[axis] as number), 0);
    const out = typedArrayFor(first.dtype, shape.reduce((p, d) => p * d, 1));
    const outStrides = stridesOf(shape);
    let offset = 0;
    for (const t of parts) {
      stridedCopy(valuesOf(t), 0, stridesOf(t.shape), out, offset * (outStrides[axis] as number), outStrides, t.shape);
      offset += t.shape[axis] as number;
    }
    return output(out, shape, first.dtype);
  },
};
