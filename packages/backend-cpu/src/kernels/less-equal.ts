import { LessEqual, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const lessEqualKernel: KernelConfig = {
  kernelName: LessEqual,
  backendName: 'cpu',
  kernelFunc: binaryKernel(LessEqual, (a, b) => (a <= b ? 1 : 0), 'bool'),
};
