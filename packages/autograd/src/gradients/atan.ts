import { add, Atan, multiply, reciprocal, square } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(atan x) = dy / (1 + x²) */
export const atanGrad: GradientConfig = {
  kernelName: Atan,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, reciprocal(add(square(x!), 1))) };
  },
};
