import { Square, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const squareKernel: KernelConfig = { kernelName: Square, backendName: 'cpu', kernelFunc: unaryKernel((x) => x * x) };
