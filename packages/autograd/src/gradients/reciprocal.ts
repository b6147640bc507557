import { negative, Reciprocal, square } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { mulNoNan } from './mul-no-nan';

/** d(1/x) = -dy * y², 0 where dy is 0 (TF's ReciprocalGrad) */
export const reciprocalGrad: GradientConfig = {
  kernelName: Reciprocal,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => mulNoNan(dy!, negative(square(y))) };
  },
};
