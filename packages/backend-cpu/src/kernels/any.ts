import { Any, type KernelConfig } from '@tensortape/core';
import { reduceKernel } from './reduce';

const fold = { init: 0, step: (acc: number, v: number) => acc | v };

export const anyKernel: KernelConfig = { kernelName: Any, backendName: 'cpu', kernelFunc: reduceKernel(() => fold) };
