import { Log, type KernelConfig } from '@tensortape/core';
import { unaryLoopKernel } from './unary';

export const logKernel: KernelConfig = {
  kernelName: Log,
  backendName: 'cpu',
  kernelFunc: unaryLoopKernel((x, out, n) => {
    for (let i = 0; i < n; i++) {
      const v = x[i] as number;
      out[i] = Math.log(v);
    }
  }),
};
