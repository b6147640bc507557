import { multiply, negative, SquaredDifference, subtract } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { unbroadcast } from './unbroadcast';

/** d(a - b)² = ±2 dy (a - b), in TF's order of operations. */
export const squaredDifferenceGrad: GradientConfig = {
  kernelName: SquaredDifference,
  gradFunc: ([dy], node) => {
    const { a, b } = tensorInputs(node);
    const aGrad = () => multiply(multiply(2, dy!), subtract(a!, b!));
    return {
      a: () => unbroadcast(aGrad(), a!.shape),
      b: () => negative(unbroadcast(aGrad(), b!.shape)),
    };
  },
};
