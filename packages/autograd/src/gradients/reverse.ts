import { Reverse, reverse, type ReverseAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

export const reverseGrad: GradientConfig = {
  kernelName: Reverse,
  gradFunc: ([dy], node) => {
    const { axis } = node.attrs as unknown as ReverseAttrs;
    return { x: () => reverse(dy!, axis) };
  },
};
