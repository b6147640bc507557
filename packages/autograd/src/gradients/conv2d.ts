import { Conv2D } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { conv2dOps, convolutionGrad } from './convolution';

export const conv2dGrad: GradientConfig = { kernelName: Conv2D, batchable: true, gradFunc: convolutionGrad(conv2dOps) };
