import { Atanh, multiply, reciprocal, square, subtract } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(atanh x) = dy / (1 - x²) */
export const atanhGrad: GradientConfig = {
  kernelName: Atanh,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, reciprocal(subtract(1, square(x!)))) };
  },
};
