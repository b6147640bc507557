import { Asinh, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const asinhKernel: KernelConfig = { kernelName: Asinh, backendName: 'cpu', kernelFunc: unaryKernel(Math.asinh) };
