import { Conv2DBackpropFilter } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { backpropFilterGrad, conv2dOps } from './convolution';

export const conv2dBackpropFilterGrad: GradientConfig = { kernelName: Conv2DBackpropFilter, batchable: true, gradFunc: backpropFilterGrad(conv2dOps) };
