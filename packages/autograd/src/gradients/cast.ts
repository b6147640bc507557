import { Cast, cast } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** The gradient is cast back, so it always has the source's dtype. */
export const castGrad: GradientConfig = {
  kernelName: Cast,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => cast(dy!, x!.dtype) };
  },
};
