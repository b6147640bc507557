import { LogicalAnd, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const logicalAndKernel: KernelConfig = {
  kernelName: LogicalAnd,
  backendName: 'cpu',
  kernelFunc: binaryKernel(LogicalAnd, (a, b) => a & b, 'bool'),
};
