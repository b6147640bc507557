import { gather, greaterEqual, reshape, UnsortedSegmentSum, where, zerosLike } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank } from './batch';
import { tensorInputs } from './inputs';

/**
 * Each slice of data receives the gradient of its segment; slices with a negative (dropped) id
 * receive zeros (TF's _GatherDropNegatives).
 */
export const unsortedSegmentSumGrad: GradientConfig = {
  kernelName: UnsortedSegmentSum,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { data, segmentIds } = tensorInputs(node);
    return {
      data: () => {
        const ids = segmentIds!;
        const kept = greaterEqual(ids, 0);
        const gathered = gather(dy!, where(kept, ids, zerosLike(ids)), batchRank(dy!, node.outputs[0]!));
        const mask = reshape(kept, [...ids.shape, ...data!.shape.slice(ids.rank).map(() => 1)]);
        return where(mask, gathered, zerosLike(gathered));
      },
    };
  },
};
