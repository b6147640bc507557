import { DepthwiseConv2dNative } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { convolutionGrad, depthwiseOps } from './convolution';

export const depthwiseConv2dNativeGrad: GradientConfig = { kernelName: DepthwiseConv2dNative, batchable: true, gradFunc: convolutionGrad(depthwiseOps) };
