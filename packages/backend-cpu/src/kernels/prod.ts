import { Prod, type KernelConfig } from '@tensortape/core';
import { reduceKernel } from './reduce';

// int32 products wrap around as in TF (a double product would lose the low bits).
const intStep = (acc: number, v: number) => Math.imul(acc, v);
const floatStep = (acc: number, v: number) => acc * v;

export const prodKernel: KernelConfig = {
  kernelName: Prod,
  backendName: 'cpu',
  kernelFunc: reduceKernel((dtype) => ({ init: 1, step: dtype === 'int32' ? intStep : floatStep })),
};
