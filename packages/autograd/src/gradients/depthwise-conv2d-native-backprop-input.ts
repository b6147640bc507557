import { depthwiseConv2d, DepthwiseConv2dNativeBackpropInput, depthwiseConv2dBackpropFilter, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/** Bilinear in (filter, dy), as TF's _DepthwiseConv2dNativeBackpropInputGrad. */
export const depthwiseConv2dNativeBackpropInputGrad: GradientConfig = {
  kernelName: DepthwiseConv2dNativeBackpropInput,
  gradFunc: ([grad], node) => {
    const { filter, dy } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    return {
      filter: () => depthwiseConv2dBackpropFilter(grad!, filter!.shape, dy!, a.strides, pad, a.dataFormat, a.dilations),
      dy: () => depthwiseConv2d(grad!, filter!, a.strides, pad, a.dataFormat, a.dilations),
    };
  },
};
