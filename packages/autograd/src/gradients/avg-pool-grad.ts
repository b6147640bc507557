import { avgPool, AvgPoolGrad, type Pool2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { explicitPadding } from './window-args';

/** AvgPoolGrad is linear and avgPool is its transpose (TF's _AvgPoolGradGrad). */
export const avgPoolGradGrad: GradientConfig = {
  kernelName: AvgPoolGrad,
  gradFunc: ([grad], node) => {
    const a = node.attrs as unknown as Pool2DAttrs;
    return { dy: () => avgPool(grad!, a.ksize, a.strides, explicitPadding(a), a.dataFormat) };
  },
};
