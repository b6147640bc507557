import { Sqrt, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const sqrtKernel: KernelConfig = { kernelName: Sqrt, backendName: 'cpu', kernelFunc: unaryKernel(Math.sqrt) };
