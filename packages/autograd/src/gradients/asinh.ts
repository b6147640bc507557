import { Asinh, cosh, divide } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** d(asinh x) = dy / cosh(y) */
export const asinhGrad: GradientConfig = {
  kernelName: Asinh,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => divide(dy!, cosh(y)) };
  },
};
