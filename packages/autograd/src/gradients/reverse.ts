import { Reverse, reverse, type ReverseAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, shiftAxes } from './batch';

export const reverseGrad: GradientConfig = {
  kernelName: Reverse,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { axis } = node.attrs as unknown as ReverseAttrs;
    return { x: () => reverse(dy!, shiftAxes(axis, batchRank(dy!, node.outputs[0]!))) };
  },
};
