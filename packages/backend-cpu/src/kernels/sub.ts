import { Sub, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const subKernel: KernelConfig = { kernelName: Sub, backendName: 'cpu', kernelFunc: binaryKernel(Sub, (a, b) => a - b) };
