import { DepthwiseConv2dNative, depthwiseConv2dBackpropFilter, depthwiseConv2dBackpropInput, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

export const depthwiseConv2dNativeGrad: GradientConfig = {
  kernelName: DepthwiseConv2dNative,
  gradFunc: ([dy], node) => {
    const { x, filter } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    return {
      x: () => depthwiseConv2dBackpropInput(x!.shape, filter!, dy!, a.strides, pad, a.dataFormat, a.dilations),
      filter: () => depthwiseConv2dBackpropFilter(x!, filter!.shape, dy!, a.strides, pad, a.dataFormat, a.dilations),
    };
  },
};
