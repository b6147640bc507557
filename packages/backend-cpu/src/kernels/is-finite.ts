import { IsFinite, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const isFiniteKernel: KernelConfig = {
  kernelName: IsFinite,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => (Number.isFinite(x) ? 1 : 0), 'bool'),
};
