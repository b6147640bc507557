import { Sign, zerosLike } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** sign is piecewise constant: TF gives zeros (not None) */
export const signGrad: GradientConfig = {
  kernelName: Sign,
  gradFunc: (_, node) => {
    const { x } = tensorInputs(node);
    return { x: () => zerosLike(x!) };
  },
};
