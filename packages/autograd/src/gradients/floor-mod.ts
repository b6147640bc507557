import { FloorMod, floorDiv, multiply, negative } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/** a mod b = a - floor(a / b) * b, with floor(a / b) piecewise constant: dy and -dy * floor(a / b). */
export const floorModGrad: GradientConfig = {
  kernelName: FloorMod,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    return {
      a: () => unbroadcast(dy!, a!.shape, batch),
      b: () => unbroadcast(multiply(dy!, negative(floorDiv(a!, b!))), b!.shape, batch),
    };
  },
};
