import { Atanh, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const atanhKernel: KernelConfig = { kernelName: Atanh, backendName: 'cpu', kernelFunc: unaryKernel(Math.atanh) };
