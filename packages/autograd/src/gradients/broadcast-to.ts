import { BroadcastTo } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

export const broadcastToGrad: GradientConfig = {
  kernelName: BroadcastTo,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { x } = tensorInputs(node);
    return { x: () => unbroadcast(dy!, x!.shape, batch) };
  },
};
