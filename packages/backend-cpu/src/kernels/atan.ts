import { Atan, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const atanKernel: KernelConfig = { kernelName: Atan, backendName: 'cpu', kernelFunc: unaryKernel(Math.atan) };
