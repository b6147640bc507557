import { Cosh, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const coshKernel: KernelConfig = { kernelName: Cosh, backendName: 'cpu', kernelFunc: unaryKernel(Math.cosh) };
