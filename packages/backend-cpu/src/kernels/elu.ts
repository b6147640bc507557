import { Elu, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const eluKernel: KernelConfig = {
  kernelName: Elu,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => (x < 0 ? Math.expm1(x) : x)),
};
