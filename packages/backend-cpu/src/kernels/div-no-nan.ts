import { DivNoNan, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const divNoNanKernel: KernelConfig = {
  kernelName: DivNoNan,
  backendName: 'cpu',
  kernelFunc: binaryKernel(DivNoNan, (a, b) => (b === 0 ? 0 : a / b)),
};
