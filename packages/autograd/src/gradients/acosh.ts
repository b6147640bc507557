import { Acosh, divide, sinh } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** d(acosh x) = dy / sinh(y) */
export const acoshGrad: GradientConfig = {
  kernelName: Acosh,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => divide(dy!, sinh(y)) };
  },
};
