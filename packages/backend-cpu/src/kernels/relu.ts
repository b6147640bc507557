import { Relu, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

// nan stays nan (TF on CPU), and -0 gives +0.
export const reluKernel: KernelConfig = {
  kernelName: Relu,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => (x > 0 || Number.isNaN(x) ? x : 0)),
};
