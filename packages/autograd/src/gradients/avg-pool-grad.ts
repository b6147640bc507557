import { avgPool, AvgPoolGrad, type Pool2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, unfoldBatch } from './batch';
import { explicitPadding } from './window-args';

/** AvgPoolGrad is linear and avgPool is its transpose (TF's _AvgPoolGradGrad); rows run as more examples. */
export const avgPoolGradGrad: GradientConfig = {
  kernelName: AvgPoolGrad,
  batchable: true,
  gradFunc: ([grad], node) => {
    const a = node.attrs as unknown as Pool2DAttrs;
    const batch = batchRank(grad!, node.outputs[0]!);
    return { dy: () => unfoldBatch(avgPool(foldBatch(grad!, batch), a.ksize, a.strides, explicitPadding(a), a.dataFormat), grad!, batch) };
  },
};
