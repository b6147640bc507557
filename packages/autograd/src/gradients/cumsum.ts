import { Cumsum, cumsum, type CumsumAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank } from './batch';

/** Each output sums the inputs before it, so each input gets the upstream gradients after it. */
export const cumsumGrad: GradientConfig = {
  kernelName: Cumsum,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { axis, exclusive, reverse } = node.attrs as unknown as CumsumAttrs;
    return { x: () => cumsum(dy!, axis + batchRank(dy!, node.outputs[0]!), exclusive, !reverse) };
  },
};
