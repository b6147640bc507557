import { DivNoNan, divNoNan, multiply, negative } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/** As for a / b, with every division a divNoNan (TF's formula): 0 wherever b is 0. */
export const divNoNanGrad: GradientConfig = {
  kernelName: DivNoNan,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    return {
      a: () => unbroadcast(divNoNan(dy!, b!), a!.shape, batch),
      b: () => unbroadcast(multiply(dy!, divNoNan(divNoNan(negative(a!), b!), b!)), b!.shape, batch),
    };
  },
};
