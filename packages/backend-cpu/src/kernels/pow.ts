import { Pow, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const powKernel: KernelConfig = { kernelName: Pow, backendName: 'cpu', kernelFunc: binaryKernel(Pow, Math.pow) };
