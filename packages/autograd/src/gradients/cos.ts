import { Cos, multiply, negative, sin } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(cos x) = -dy * sin(x) */
export const cosGrad: GradientConfig = {
  kernelName: Cos,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(negative(dy!), sin(x!)) };
  },
};
