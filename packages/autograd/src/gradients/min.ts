import { Min } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { minOrMaxGrad } from './min-or-max';

export const minGrad: GradientConfig = { kernelName: Min, batchable: true, gradFunc: minOrMaxGrad };
