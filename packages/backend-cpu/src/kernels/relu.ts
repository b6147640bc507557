import { Relu, type KernelConfig } from '@tensortape/core';
import { unaryLoopKernel } from './unary';

// nan stays nan (TF on CPU), and -0 gives +0.
export const reluKernel: KernelConfig = {
  kernelName: Relu,
  backendName: 'cpu',
  kernelFunc: unaryLoopKernel((x, out, n) => {
    for (let i = 0; i < n; i++) {
      const v = x[i] as number;
      out[i] = v > 0 || v !== v ? v : 0;
    }
  }),
};
