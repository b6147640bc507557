import { GatherNd, scatterNd } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** dy scattered back to the gathered positions (dense, where TF returns IndexedSlices-like sums). */
export const gatherNdGrad: GradientConfig = {
  kernelName: GatherNd,
  gradFunc: ([dy], node) => {
    const { params, indices } = tensorInputs(node);
    return { params: () => scatterNd(indices!, dy!, params!.shape) };
  },
};
