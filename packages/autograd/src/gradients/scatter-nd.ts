import { gatherNd, reshape, ScatterNd } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, mergeBatch, swapLeading } from './batch';
import { tensorInputs } from './inputs';

/**
 * Each update receives dy at the position it was added to. A batched dy's rows travel as an axis
 * of the slices, just after the indexed axes.
 */
export const scatterNdGrad: GradientConfig = {
  kernelName: ScatterNd,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { indices, updates } = tensorInputs(node);
    const batch = batchRank(dy!, node.outputs[0]!);
    if (batch === 0) return { updates: () => gatherNd(dy!, indices!) };
    const depth = indices!.shape[indices!.rank - 1] as number;
    return {
      updates: () => {
        const gathered = gatherNd(swapLeading(mergeBatch(dy!, batch), 1, depth), indices!);
        return reshape(swapLeading(gathered, indices!.rank - 1, 1), [...dy!.shape.slice(0, batch), ...updates!.shape]);
      },
    };
  },
};
