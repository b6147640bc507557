import { conv2d, Conv2DBackpropFilter, conv2dBackpropInput, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/** dw = conv2dBackpropFilter(x, dy) is bilinear: TF's _Conv2DBackpropFilterGrad. */
export const conv2dBackpropFilterGrad: GradientConfig = {
  kernelName: Conv2DBackpropFilter,
  gradFunc: ([grad], node) => {
    const { x, dy } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    return {
      x: () => conv2dBackpropInput(x!.shape, grad!, dy!, a.strides, pad, a.dataFormat, a.dilations),
      dy: () => conv2d(x!, grad!, a.strides, pad, a.dataFormat, a.dilations),
    };
  },
};
