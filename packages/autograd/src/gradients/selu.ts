import { add, greater, multiply, Selu, where } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

const SCALE = 1.0507009873554805;
const SCALE_ALPHA = SCALE * 1.6732632423543772;

/** dy * (y + scale * alpha) where y < 0 (that is, dy * scale * alpha * eˣ), else dy * scale */
export const seluGrad: GradientConfig = {
  kernelName: Selu,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => where(greater(0, y), multiply(dy!, add(y, SCALE_ALPHA)), multiply(dy!, SCALE)) };
  },
};
