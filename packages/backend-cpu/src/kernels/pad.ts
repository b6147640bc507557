import { Pad, stridesOf, typedArrayFor, type KernelConfig, type PadAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { stridedCopy } from './strided-copy';

/** Fills the output with the constant, then copies x into its interior. */
export const padKernel: KernelConfig = {
  kernelName: Pad,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { paddings, constantValue } = attrs as unknown as PadAttrs;
    const before = x.shape.map((_, i) => paddings[2 * i] as number);
    const shape = x.shape.map((d, i) => (before[i] as number) + d + (paddings[2 * i + 1] as number));
    const out = typedArrayFor(x.dtype, shape.reduce((p, d) => p * d, 1));
    if (constantValue !== 0) out.fill(constantValue);
    const strides = stridesOf(shape);
    const start = before.reduce((s, b, i) => s + b * (strides[i] as number), 0);
    stridedCopy(valuesOf(x), 0, stridesOf(x.shape), out, start, strides, x.shape);
    return output(out, shape, x.dtype);
  },
};
