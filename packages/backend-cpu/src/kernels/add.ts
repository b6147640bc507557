import { Add, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const addKernel: KernelConfig = { kernelName: Add, backendName: 'cpu', kernelFunc: binaryKernel(Add, (a, b) => a + b) };
