import { Neg, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const negKernel: KernelConfig = { kernelName: Neg, backendName: 'cpu', kernelFunc: unaryKernel((x) => -x) };
