import { RealDiv, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

export const realDivKernel: KernelConfig = { kernelName: RealDiv, backendName: 'cpu', kernelFunc: binaryKernel(RealDiv, (a, b) => a / b) };
