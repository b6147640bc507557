import { Add } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

export const addGrad: GradientConfig = {
  kernelName: Add,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    return { a: () => unbroadcast(dy!, a!.shape, batch), b: () => unbroadcast(dy!, b!.shape, batch) };
  },
};
