import { Reshape, reshape } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

export const reshapeGrad: GradientConfig = {
  kernelName: Reshape,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => reshape(dy!, x!.shape) };
  },
};
