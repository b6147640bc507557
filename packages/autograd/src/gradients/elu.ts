import { add, Elu, greater, multiply, where } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** dy * (y + 1) where y < 0 (that is, dy * eˣ), else dy */
export const eluGrad: GradientConfig = {
  kernelName: Elu,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => where(greater(0, y), multiply(dy!, add(y, 1)), dy!) };
  },
};
