import { DepthwiseConv2dNativeBackpropInput } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { backpropInputGrad, depthwiseOps } from './convolution';

export const depthwiseConv2dNativeBackpropInputGrad: GradientConfig = {
  kernelName: DepthwiseConv2dNativeBackpropInput,
  batchable: true,
  gradFunc: backpropInputGrad(depthwiseOps),
};
