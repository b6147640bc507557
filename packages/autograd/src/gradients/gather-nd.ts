import { GatherNd, reshape, scatterNd } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, mergeBatch, swapLeading } from './batch';
import { tensorInputs } from './inputs';

/**
 * dy scattered back to the gathered positions (dense, where TF returns IndexedSlices-like sums).
 * A batched dy's rows travel as an axis of the slices, just after the indexed axes.
 */
export const gatherNdGrad: GradientConfig = {
  kernelName: GatherNd,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { params, indices } = tensorInputs(node);
    const batch = batchRank(dy!, node.outputs[0]!);
    if (batch === 0) return { params: () => scatterNd(indices!, dy!, params!.shape) };
    const depth = indices!.shape[indices!.rank - 1] as number;
    return {
      params: () => {
        const rows = mergeBatch(dy!, batch);
        const shape = [...params!.shape.slice(0, depth), rows.shape[0] as number, ...params!.shape.slice(depth)];
        const scattered = scatterNd(indices!, swapLeading(rows, 1, indices!.rank - 1), shape);
        return reshape(swapLeading(scattered, depth, 1), [...dy!.shape.slice(0, batch), ...params!.shape]);
      },
    };
  },
};
