import { LogicalOr, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const logicalOrKernel: KernelConfig = {
  kernelName: LogicalOr,
  backendName: 'cpu',
  kernelFunc: binaryKernel(LogicalOr, (a, b) => a | b, 'bool'),
};
