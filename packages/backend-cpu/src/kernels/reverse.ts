import { Reverse, stridesOf, typedArrayFor, type KernelConfig, type ReverseAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { stridedCopy } from './strided-copy';

/** Reads the reversed axes from their last element with negated strides. */
export const reverseKernel: KernelConfig = {
  kernelName: Reverse,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { axis } = attrs as unknown as ReverseAttrs;
    const xv = valuesOf(x);
    const strides = stridesOf(x.shape);
    const flipped = strides.map((s, i) => (axis.includes(i) ? -s : s));
    const start = axis.reduce((o, i) => o + Math.max((x.shape[i] as number) - 1, 0) * (strides[i] as number), 0);
    const out = typedArrayFor(x.dtype, xv.length);
    stridedCopy(xv, start, flipped, out, 0, strides, x.shape);
    return output(out, x.shape, x.dtype);
  },
};
