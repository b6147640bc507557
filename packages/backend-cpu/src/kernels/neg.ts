import { Neg, type KernelConfig } from '@tensortape/core';
import { unaryLoopKernel } from './unary';

export const negKernel: KernelConfig = {
  kernelName: Neg,
  backendName: 'cpu',
  kernelFunc: unaryLoopKernel((x, out, n) => {
    for (let i = 0; i < n; i++) {
      const v = x[i] as number;
      out[i] = -v;
    }
  }),
};
