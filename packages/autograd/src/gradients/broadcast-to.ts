import { BroadcastTo } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { unbroadcast } from './unbroadcast';

export const broadcastToGrad: GradientConfig = {
  kernelName: BroadcastTo,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => unbroadcast(dy!, x!.shape) };
  },
};
