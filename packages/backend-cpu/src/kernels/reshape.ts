import { Reshape, type KernelConfig, type ReshapeAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/** Shares the values: tensors are immutable, so no copy is needed. */
export const reshapeKernel: KernelConfig = {
  kernelName: Reshape,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    return output(valuesOf(x), (attrs as unknown as ReshapeAttrs).shape, x.dtype);
  },
};
