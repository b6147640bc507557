import { multiply, sigmoid, Softplus } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d log(1 + eˣ) = dy * sigmoid(x) */
export const softplusGrad: GradientConfig = {
  kernelName: Softplus,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, sigmoid(x!)) };
  },
};
