import { LeakyRelu, type KernelConfig, type LeakyReluAttrs } from '@tensortape/core';
import { unaryKernel } from './unary';

export const leakyReluKernel: KernelConfig = {
  kernelName: LeakyRelu,
  backendName: 'cpu',
  kernelFunc: (args) => {
    const { alpha } = args.attrs as unknown as LeakyReluAttrs;
    return unaryKernel((x) => (x > 0 ? x : alpha * x))(args);
  },
};
