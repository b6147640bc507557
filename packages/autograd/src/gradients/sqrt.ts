import { divide, Sqrt } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { mulNoNan } from './mul-no-nan';

/** d(√x) = 0.5 * dy / y: inf at 0, yet 0 where dy is 0 (TF's SqrtGrad) */
export const sqrtGrad: GradientConfig = {
  kernelName: Sqrt,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => mulNoNan(dy!, divide(0.5, y)) };
  },
};
