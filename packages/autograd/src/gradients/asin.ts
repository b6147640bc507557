import { Asin, multiply, reciprocal, sqrt, square, subtract } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(asin x) = dy / √(1 - x²) */
export const asinGrad: GradientConfig = {
  kernelName: Asin,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, reciprocal(sqrt(subtract(1, square(x!))))) };
  },
};
