import { GreaterEqual, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const greaterEqualKernel: KernelConfig = {
  kernelName: GreaterEqual,
  backendName: 'cpu',
  kernelFunc: binaryKernel(GreaterEqual, (a, b) => (a >= b ? 1 : 0), 'bool'),
};
