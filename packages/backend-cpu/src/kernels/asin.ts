import { Asin, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const asinKernel: KernelConfig = { kernelName: Asin, backendName: 'cpu', kernelFunc: unaryKernel(Math.asin) };
