import { Reciprocal, type KernelConfig } from '@tensortape/core';
import { unaryLoopKernel } from './unary';

export const reciprocalKernel: KernelConfig = {
  kernelName: Reciprocal,
  backendName: 'cpu',
  kernelFunc: unaryLoopKernel((x, out, n) => {
    for (let i = 0; i < n; i++) {
      const v = x[i] as number;
      out[i] = 1 / v;
    }
  }),
};
