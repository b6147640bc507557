import { lessEqual, Minimum } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { maximumMinimumGrad } from './maximum-minimum';

export const minimumGrad: GradientConfig = { kernelName: Minimum, batchable: true, gradFunc: maximumMinimumGrad(lessEqual) };
