import { Cos, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const cosKernel: KernelConfig = { kernelName: Cos, backendName: 'cpu', kernelFunc: unaryKernel(Math.cos) };
