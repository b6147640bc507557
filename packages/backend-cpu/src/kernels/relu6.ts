import { Relu6, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const relu6Kernel: KernelConfig = {
  kernelName: Relu6,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => (x > 6 ? 6 : x > 0 || Number.isNaN(x) ? x : 0)),
};
