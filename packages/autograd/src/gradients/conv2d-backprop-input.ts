import { conv2d, Conv2DBackpropInput, conv2dBackpropFilter, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/** dx = conv2dBackpropInput(filter, dy) is bilinear: TF's _Conv2DBackpropInputGrad. */
export const conv2dBackpropInputGrad: GradientConfig = {
  kernelName: Conv2DBackpropInput,
  gradFunc: ([grad], node) => {
    const { filter, dy } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    return {
      filter: () => conv2dBackpropFilter(grad!, filter!.shape, dy!, a.strides, pad, a.dataFormat, a.dilations),
      dy: () => conv2d(grad!, filter!, a.strides, pad, a.dataFormat, a.dilations),
    };
  },
};
