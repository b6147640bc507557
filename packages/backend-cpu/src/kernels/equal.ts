import { Equal, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const equalKernel: KernelConfig = {
  kernelName: Equal,
  backendName: 'cpu',
  kernelFunc: binaryKernel(Equal, (a, b) => (a === b ? 1 : 0), 'bool'),
};
