import { Abs, multiply, sign } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d|x| = dy * sign(x): 0 at 0, as TF */
export const absGrad: GradientConfig = {
  kernelName: Abs,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(dy!, sign(x!)) };
  },
};
