import { Identity, type KernelConfig } from '@tensortape/core';
import { unaryLoopKernel } from './unary';

// A copy, in the input's own dtype.
export const identityKernel: KernelConfig = {
  kernelName: Identity,
  backendName: 'cpu',
  kernelFunc: unaryLoopKernel((x, out, n) => out.set(n === x.length ? x : x.subarray(0, n))),
};
