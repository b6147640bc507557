import { add, Log1p, multiply, reciprocal } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d log(1 + x) = dy / (1 + x) */
export const log1pGrad: GradientConfig = {
  kernelName: Log1p,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, reciprocal(add(x!, 1))) };
  },
};
