import { depthwiseConv2d, DepthwiseConv2dNativeBackpropFilter, depthwiseConv2dBackpropInput, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/** Bilinear in (x, dy), as TF's _DepthwiseConv2dNativeBackpropFilterGrad. */
export const depthwiseConv2dNativeBackpropFilterGrad: GradientConfig = {
  kernelName: DepthwiseConv2dNativeBackpropFilter,
  gradFunc: ([grad], node) => {
    const { x, dy } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    return {
      x: () => depthwiseConv2dBackpropInput(x!.shape, grad!, dy!, a.strides, pad, a.dataFormat, a.dilations),
      dy: () => depthwiseConv2d(x!, grad!, a.strides, pad, a.dataFormat, a.dilations),
    };
  },
};
