import { cos, multiply, reciprocal, square, Tan } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(tan x) = dy * sec²(x) */
export const tanGrad: GradientConfig = {
  kernelName: Tan,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => multiply(square(reciprocal(cos(x!))), dy!) };
  },
};
