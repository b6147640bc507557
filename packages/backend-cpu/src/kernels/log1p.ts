import { Log1p, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const log1pKernel: KernelConfig = { kernelName: Log1p, backendName: 'cpu', kernelFunc: unaryKernel(Math.log1p) };
