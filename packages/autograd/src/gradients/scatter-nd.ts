import { gatherNd, ScatterNd } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** Each update receives dy at the position it was added to. */
export const scatterNdGrad: GradientConfig = {
  kernelName: ScatterNd,
  gradFunc: ([dy], node) => {
    const { indices } = tensorInputs(node);
    return { updates: () => gatherNd(dy!, indices!) };
  },
};
