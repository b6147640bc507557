import { Identity, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const identityKernel: KernelConfig = { kernelName: Identity, backendName: 'cpu', kernelFunc: unaryKernel((x) => x) };
