import { FloorMod, floorDiv, multiply, negative } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { unbroadcast } from './unbroadcast';

/** a mod b = a - floor(a / b) * b, with floor(a / b) piecewise constant: dy and -dy * floor(a / b). */
export const floorModGrad: GradientConfig = {
  kernelName: FloorMod,
  gradFunc: ([dy], node) => {
    const { a, b } = tensorInputs(node);
    return {
      a: () => unbroadcast(dy!, a!.shape),
      b: () => unbroadcast(multiply(dy!, negative(floorDiv(a!, b!))), b!.shape),
    };
  },
};
