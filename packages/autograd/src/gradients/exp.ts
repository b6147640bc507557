import { Exp, multiply } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** d(eˣ) = dy * y */
export const expGrad: GradientConfig = {
  kernelName: Exp,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => multiply(dy!, y) };
  },
};
