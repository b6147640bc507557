import { Abs, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const absKernel: KernelConfig = { kernelName: Abs, backendName: 'cpu', kernelFunc: unaryKernel(Math.abs) };
