import { multiply, Sigmoid, subtract } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** dσ = dy * y * (1 - y) */
export const sigmoidGrad: GradientConfig = {
  kernelName: Sigmoid,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => multiply(dy!, multiply(y, subtract(1, y))) };
  },
};
