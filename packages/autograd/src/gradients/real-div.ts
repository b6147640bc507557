import { divide, multiply, negative, RealDiv } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/** d(a/b) = dy / b and dy * (-a / b) / b, in TF's order of operations. */
export const realDivGrad: GradientConfig = {
  kernelName: RealDiv,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    return {
      a: () => unbroadcast(divide(dy!, b!), a!.shape, batch),
      b: () => unbroadcast(multiply(dy!, divide(divide(negative(a!), b!), b!)), b!.shape, batch),
    };
  },
};
