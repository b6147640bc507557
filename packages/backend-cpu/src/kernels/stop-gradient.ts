import { StopGradient, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/** Shares the values: tensors are immutable. */
export const stopGradientKernel: KernelConfig = {
  kernelName: StopGradient,
  backendName: 'cpu',
  kernelFunc: ({ inputs }) => {
    const x = inputs.x as TensorInfo;
    return output(valuesOf(x), x.shape, x.dtype);
  },
};
