import { divide, multiply, negative, RealDiv } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { unbroadcast } from './unbroadcast';

/** d(a/b) = dy / b and dy * (-a / b) / b, in TF's order of operations. */
export const realDivGrad: GradientConfig = {
  kernelName: RealDiv,
  gradFunc: ([dy], node) => {
    const { a, b } = tensorInputs(node);
    return {
      a: () => unbroadcast(divide(dy!, b!), a!.shape),
      b: () => unbroadcast(multiply(dy!, divide(divide(negative(a!), b!), b!)), b!.shape),
    };
  },
};
