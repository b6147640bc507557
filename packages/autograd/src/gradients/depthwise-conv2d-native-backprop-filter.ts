import { DepthwiseConv2dNativeBackpropFilter } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { backpropFilterGrad, depthwiseOps } from './convolution';

export const depthwiseConv2dNativeBackpropFilterGrad: GradientConfig = {
  kernelName: DepthwiseConv2dNativeBackpropFilter,
  batchable: true,
  gradFunc: backpropFilterGrad(depthwiseOps),
};
