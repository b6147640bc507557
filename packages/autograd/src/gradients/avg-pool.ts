import { AvgPool, avgPoolGrad as avgPoolGradOp, type Pool2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

export const avgPoolGrad: GradientConfig = {
  kernelName: AvgPool,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const a = node.attrs as unknown as Pool2DAttrs;
    return { x: () => avgPoolGradOp(x!.shape, dy!, a.ksize, a.strides, explicitPadding(a), a.dataFormat) };
  },
};
