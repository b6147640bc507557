import { Conv2DBackpropInput } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { backpropInputGrad, conv2dOps } from './convolution';

export const conv2dBackpropInputGrad: GradientConfig = { kernelName: Conv2DBackpropInput, batchable: true, gradFunc: backpropInputGrad(conv2dOps) };
