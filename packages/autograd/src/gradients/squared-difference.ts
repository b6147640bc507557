import { multiply, negative, SquaredDifference, subtract } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/** d(a - b)² = ±2 dy (a - b), in TF's order of operations. */
export const squaredDifferenceGrad: GradientConfig = {
  kernelName: SquaredDifference,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    const aGrad = () => multiply(multiply(2, dy!), subtract(a!, b!));
    return {
      a: () => unbroadcast(aGrad(), a!.shape, batch),
      b: () => negative(unbroadcast(aGrad(), b!.shape, batch)),
    };
  },
};
