import { MaxPool, maxPoolGrad as maxPoolGradOp, type Pool2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/** The upstream gradient goes to each window's first largest element. */
export const maxPoolGrad: GradientConfig = {
  kernelName: MaxPool,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const a = node.attrs as unknown as Pool2DAttrs;
    return { x: () => maxPoolGradOp(x!, node.outputs[0]!, dy!, a.ksize, a.strides, explicitPadding(a), a.dataFormat) };
  },
};
