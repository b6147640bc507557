import { Sign, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

// +0 for ±0 and nan for nan, as TF (Math.sign keeps -0).
export const signKernel: KernelConfig = {
  kernelName: Sign,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x)),
};
