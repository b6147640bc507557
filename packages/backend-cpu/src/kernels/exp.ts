import { Exp, type KernelConfig } from '@tensortape/core';
import { unaryLoopKernel } from './unary';

export const expKernel: KernelConfig = {
  kernelName: Exp,
  backendName: 'cpu',
  kernelFunc: unaryLoopKernel((x, out, n) => {
    for (let i = 0; i < n; i++) {
      const v = x[i] as number;
      out[i] = Math.exp(v);
    }
  }),
};
