import { Sigmoid, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

/** exp(x) / (1 + exp(x)) below 0, so that large negative x keeps its relative precision. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export const sigmoidKernel: KernelConfig = { kernelName: Sigmoid, backendName: 'cpu', kernelFunc: unaryKernel(sigmoid) };
