import { Identity } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

export const identityGrad: GradientConfig = {
  kernelName: Identity,
  batchable: true,
  gradFunc: ([dy]) => ({ x: () => dy! }),
};
