import { Acosh, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const acoshKernel: KernelConfig = { kernelName: Acosh, backendName: 'cpu', kernelFunc: unaryKernel(Math.acosh) };
