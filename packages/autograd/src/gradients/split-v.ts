import { concat, SplitV, type SplitVAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank } from './batch';

/** The parts' gradients joined back in order (unused parts arrive as zeros). */
export const splitVGrad: GradientConfig = {
  kernelName: SplitV,
  batchable: true,
  gradFunc: (dys, node) => {
    const { axis } = node.attrs as unknown as SplitVAttrs;
    return { x: () => concat(dys, axis + batchRank(dys[0]!, node.outputs[0]!)) };
  },
};
