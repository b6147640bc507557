import { Max } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { minOrMaxGrad } from './min-or-max';

export const maxGrad: GradientConfig = { kernelName: Max, batchable: true, gradFunc: minOrMaxGrad };
