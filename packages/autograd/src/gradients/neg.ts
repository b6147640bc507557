import { Neg, negative } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

export const negGrad: GradientConfig = {
  kernelName: Neg,
  batchable: true,
  gradFunc: ([dy]) => ({ x: () => negative(dy!) }),
};
