import { Sign, zerosLike } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** sign is piecewise constant: TF gives zeros (not None) */
export const signGrad: GradientConfig = {
  kernelName: Sign,
  batchable: true,
  gradFunc: ([dy]) => ({ x: () => zerosLike(dy!) }),
};
