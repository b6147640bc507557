import { negative, Sub } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { unbroadcast } from './unbroadcast';

export const subGrad: GradientConfig = {
  kernelName: Sub,
  gradFunc: ([dy], node) => {
    const { a, b } = tensorInputs(node);
    return { a: () => unbroadcast(dy!, a!.shape), b: () => negative(unbroadcast(dy!, b!.shape)) };
  },
};
