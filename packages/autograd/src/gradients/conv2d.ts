import { Conv2D, conv2dBackpropFilter, conv2dBackpropInput, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

export const conv2dGrad: GradientConfig = {
  kernelName: Conv2D,
  gradFunc: ([dy], node) => {
    const { x, filter } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    return {
      x: () => conv2dBackpropInput(x!.shape, filter!, dy!, a.strides, pad, a.dataFormat, a.dilations),
      filter: () => conv2dBackpropFilter(x!, filter!.shape, dy!, a.strides, pad, a.dataFormat, a.dilations),
    };
  },
};
