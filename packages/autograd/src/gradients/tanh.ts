import { multiply, square, subtract, Tanh } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** d(tanh x) = dy * (1 - y²) */
export const tanhGrad: GradientConfig = {
  kernelName: Tanh,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => multiply(dy!, subtract(1, square(y))) };
  },
};
