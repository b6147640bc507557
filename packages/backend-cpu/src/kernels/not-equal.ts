import { NotEqual, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const notEqualKernel: KernelConfig = {
  kernelName: NotEqual,
  backendName: 'cpu',
  kernelFunc: binaryKernel(NotEqual, (a, b) => (a !== b ? 1 : 0), 'bool'),
};
