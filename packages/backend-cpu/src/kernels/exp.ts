import { Exp, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const expKernel: KernelConfig = { kernelName: Exp, backendName: 'cpu', kernelFunc: unaryKernel(Math.exp) };
