import { Erf, exp, multiply, negative, square } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** d(erf x) = dy * 2/√π * exp(-x²) */
export const erfGrad: GradientConfig = {
  kernelName: Erf,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(multiply(dy!, TWO_OVER_SQRT_PI), exp(negative(square(x!)))) };
  },
};
