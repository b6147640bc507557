import { Max, type KernelConfig } from '@tensortape/core';
import { reduceKernel } from './reduce';

// A nan wins, as in TF since 2.4.
const step = (acc: number, v: number) => (v > acc || v !== v ? v : acc);

export const maxKernel: KernelConfig = {
  kernelName: Max,
  backendName: 'cpu',
  kernelFunc: reduceKernel((dtype) => ({ init: dtype === 'int32' ? -2147483648 : -Infinity, step })),
};
