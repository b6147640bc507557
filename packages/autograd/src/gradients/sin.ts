import { cos, multiply, Sin } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(sin x) = dy * cos(x) */
export const sinGrad: GradientConfig = {
  kernelName: Sin,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, cos(x!)) };
  },
};
