import { Acos, multiply, negative, reciprocal, sqrt, square, subtract } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(acos x) = -dy / √(1 - x²) */
export const acosGrad: GradientConfig = {
  kernelName: Acos,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(negative(dy!), reciprocal(sqrt(subtract(1, square(x!))))) };
  },
};
