import { Ceil, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const ceilKernel: KernelConfig = { kernelName: Ceil, backendName: 'cpu', kernelFunc: unaryKernel(Math.ceil) };
