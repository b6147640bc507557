import { Mul, multiply } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { unbroadcast } from './unbroadcast';

export const mulGrad: GradientConfig = {
  kernelName: Mul,
  gradFunc: ([dy], node) => {
    const { a, b } = tensorInputs(node);
    return {
      a: () => unbroadcast(multiply(dy!, b!), a!.shape),
      b: () => unbroadcast(multiply(a!, dy!), b!.shape),
    };
  },
};
