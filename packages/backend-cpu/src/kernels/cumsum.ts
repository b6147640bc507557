import { Cumsum, type KernelConfig } from '@tensortape/core';
import { scanKernel } from './scan';

export const cumsumKernel: KernelConfig = { kernelName: Cumsum, backendName: 'cpu', kernelFunc: scanKernel(0, (a, b) => a + b) };
