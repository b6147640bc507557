import { stridesOf, Transpose, typedArrayFor, type KernelConfig, type TensorInfo, type TransposeAttrs } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { stridedCopy } from './strided-copy';

/** Walks the output in row order, reading the input with its strides permuted. */
export const transposeKernel: KernelConfig = {
  kernelName: Transpose,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { perm } = attrs as unknown as TransposeAttrs;
    const shape = perm.map((p) => x.shape[p] as number);
    const xv = valuesOf(x);
    // Tensors are immutable: the identity permutation shares the values.
    if (perm.every((p, i) => p === i)) return output(xv, shape, x.dtype);
    const strides = stridesOf(x.shape);
    const out = typedArrayFor(x.dtype, xv.length);
    stridedCopy(xv, 0, perm.map((p) => strides[p] as number), out, 0, stridesOf(shape), shape);
    return output(out, shape, x.dtype);
  },
};
