import { Sin, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const sinKernel: KernelConfig = { kernelName: Sin, backendName: 'cpu', kernelFunc: unaryKernel(Math.sin) };
