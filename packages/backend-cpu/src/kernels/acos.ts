import { Acos, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const acosKernel: KernelConfig = { kernelName: Acos, backendName: 'cpu', kernelFunc: unaryKernel(Math.acos) };
