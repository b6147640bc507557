import { Reshape, reshape } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, withBatch } from './batch';
import { tensorInputs } from './inputs';

export const reshapeGrad: GradientConfig = {
  kernelName: Reshape,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => reshape(dy!, withBatch(dy!, batchRank(dy!, node.outputs[0]!), x!.shape)) };
  },
};
