import { Sinh, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const sinhKernel: KernelConfig = { kernelName: Sinh, backendName: 'cpu', kernelFunc: unaryKernel(Math.sinh) };
