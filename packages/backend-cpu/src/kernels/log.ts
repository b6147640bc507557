import { Log, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const logKernel: KernelConfig = { kernelName: Log, backendName: 'cpu', kernelFunc: unaryKernel(Math.log) };
