import { exp, Expm1, multiply } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(eˣ - 1) = dy * exp(x) */
export const expm1Grad: GradientConfig = {
  kernelName: Expm1,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, exp(x!)) };
  },
};
