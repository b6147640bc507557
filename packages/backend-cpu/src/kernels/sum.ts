import { Sum, type KernelConfig } from '@tensortape/core';
import { reduceKernel } from './reduce';

const sumFold = { init: 0, step: (acc: number, v: number) => acc + v };

export const sumKernel: KernelConfig = { kernelName: Sum, backendName: 'cpu', kernelFunc: reduceKernel(() => sumFold) };
