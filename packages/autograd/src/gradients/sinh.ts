import { cosh, multiply, Sinh } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(sinh x) = dy * cosh(x) */
export const sinhGrad: GradientConfig = {
  kernelName: Sinh,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, cosh(x!)) };
  },
};
