import { Greater, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const greaterKernel: KernelConfig = {
  kernelName: Greater,
  backendName: 'cpu',
  kernelFunc: binaryKernel(Greater, (a, b) => (a > b ? 1 : 0), 'bool'),
};
