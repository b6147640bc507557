import { Cosh, multiply, sinh } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(cosh x) = dy * sinh(x) */
export const coshGrad: GradientConfig = {
  kernelName: Cosh,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, sinh(x!)) };
  },
};
