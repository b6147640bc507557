import { Sigmoid, type KernelConfig } from '@tensortape/core';
import { unaryLoopKernel } from './unary';

/** exp(x) / (1 + exp(x)) below 0, so that large negative x keeps its relative precision. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export const sigmoidKernel: KernelConfig = {
  kernelName: Sigmoid,
  backendName: 'cpu',
  // The function is small and called from this loop only, so V8 inlines it.
  kernelFunc: unaryLoopKernel((x, out, n) => {
    for (let i = 0; i < n; i++) out[i] = sigmoid(x[i] as number);
  }),
};
