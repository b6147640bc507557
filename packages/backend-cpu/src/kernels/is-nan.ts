import { IsNan, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const isNanKernel: KernelConfig = {
  kernelName: IsNan,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => (Number.isNaN(x) ? 1 : 0), 'bool'),
};
