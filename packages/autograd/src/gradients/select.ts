import { Select, where, zerosLike } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/** The gradient goes to the branch each element was taken from; none to the condition. */
export const selectGrad: GradientConfig = {
  kernelName: Select,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { condition, t, e } = tensorInputs(node);
    const zeros = zerosLike(dy!);
    return {
      t: () => unbroadcast(where(condition!, dy!, zeros), t!.shape, batch),
      e: () => unbroadcast(where(condition!, zeros, dy!), e!.shape, batch),
    };
  },
};
