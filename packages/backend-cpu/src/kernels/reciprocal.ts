import { Reciprocal, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const reciprocalKernel: KernelConfig = {
  kernelName: Reciprocal,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => 1 / x),
};
