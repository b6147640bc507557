import { Less, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const lessKernel: KernelConfig = {
  kernelName: Less,
  backendName: 'cpu',
  kernelFunc: binaryKernel(Less, (a, b) => (a < b ? 1 : 0), 'bool'),
};
