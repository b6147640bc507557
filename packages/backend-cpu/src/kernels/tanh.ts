import { Tanh, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const tanhKernel: KernelConfig = { kernelName: Tanh, backendName: 'cpu', kernelFunc: unaryKernel(Math.tanh) };
