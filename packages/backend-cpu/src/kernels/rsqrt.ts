import { Rsqrt, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const rsqrtKernel: KernelConfig = {
  kernelName: Rsqrt,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => 1 / Math.sqrt(x)),
};
