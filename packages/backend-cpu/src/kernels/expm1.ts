import { Expm1, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const expm1Kernel: KernelConfig = { kernelName: Expm1, backendName: 'cpu', kernelFunc: unaryKernel(Math.expm1) };
