import { Add } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { unbroadcast } from './unbroadcast';

export const addGrad: GradientConfig = {
  kernelName: Add,
  gradFunc: ([dy], node) => {
    const { a, b } = tensorInputs(node);
    return { a: () => unbroadcast(dy!, a!.shape), b: () => unbroadcast(dy!, b!.shape) };
  },
};
