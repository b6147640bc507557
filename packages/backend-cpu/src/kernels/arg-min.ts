import { ArgMin, type KernelConfig } from '@tensortape/core';
import { argReduceKernel } from './arg-reduce';

export const argMinKernel: KernelConfig = { kernelName: ArgMin, backendName: 'cpu', kernelFunc: argReduceKernel((v, best) => v < best) };
