import { Mul, multiply } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

export const mulGrad: GradientConfig = {
  kernelName: Mul,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    return {
      a: () => unbroadcast(multiply(dy!, b!), a!.shape, batch),
      b: () => unbroadcast(multiply(a!, dy!), b!.shape, batch),
    };
  },
};
