import { LogicalNot, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const logicalNotKernel: KernelConfig = {
  kernelName: LogicalNot,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => (x ? 0 : 1)),
};
