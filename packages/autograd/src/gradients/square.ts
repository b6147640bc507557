import { multiply, Square } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(x²) = dy * 2x */
export const squareGrad: GradientConfig = {
  kernelName: Square,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, multiply(x!, 2)) };
  },
};
