import { multiply, Rsqrt, square } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { mulNoNan } from './mul-no-nan';

/** d(x^-½) = -0.5 * dy * y³, 0 where dy is 0 (TF's RsqrtGrad) */
export const rsqrtGrad: GradientConfig = {
  kernelName: Rsqrt,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => mulNoNan(dy!, multiply(multiply(y, square(y)), -0.5)) };
  },
};
