import { All, type KernelConfig } from '@tensortape/core';
import { reduceKernel } from './reduce';

const fold = { init: 1, step: (acc: number, v: number) => acc & v };

export const allKernel: KernelConfig = { kernelName: All, backendName: 'cpu', kernelFunc: reduceKernel(() => fold) };
