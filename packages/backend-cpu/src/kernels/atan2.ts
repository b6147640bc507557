import { Atan2, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const atan2Kernel: KernelConfig = { kernelName: Atan2, backendName: 'cpu', kernelFunc: binaryKernel(Atan2, Math.atan2) };
