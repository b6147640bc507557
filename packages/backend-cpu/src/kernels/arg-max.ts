import { ArgMax, type KernelConfig } from '@tensortape/core';
import { argReduceKernel } from './arg-reduce';

export const argMaxKernel: KernelConfig = { kernelName: ArgMax, backendName: 'cpu', kernelFunc: argReduceKernel((v, best) => v > best) };
