import { greaterEqual, Maximum } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { maximumMinimumGrad } from './maximum-minimum';

export const maximumGrad: GradientConfig = { kernelName: Maximum, batchable: true, gradFunc: maximumMinimumGrad(greaterEqual) };
