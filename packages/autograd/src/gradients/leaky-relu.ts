import { greater, LeakyRelu, multiply, where, type LeakyReluAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** dy where x > 0, else alpha * dy */
export const leakyReluGrad: GradientConfig = {
  kernelName: LeakyRelu,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { alpha } = node.attrs as unknown as LeakyReluAttrs;
    return { x: () => where(greater(x!, 0), dy!, multiply(dy!, alpha)) };
  },
};
