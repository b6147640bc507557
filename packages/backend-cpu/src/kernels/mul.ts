import { Mul, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const mulKernel: KernelConfig = { kernelName: Mul, backendName: 'cpu', kernelFunc: binaryKernel(Mul, (a, b) => a * b) };
