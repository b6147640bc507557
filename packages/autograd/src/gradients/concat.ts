import { Concat, slice, type ConcatAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank } from './batch';
import { tensorInputs } from './inputs';

/** Each input receives its own block of dy along the axis. */
export const concatGrad: GradientConfig = {
  kernelName: Concat,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { axis } = node.attrs as unknown as ConcatAttrs;
    const thunks: Record<string, () => Tensor> = {};
    const batch = dy!.shape.slice(0, batchRank(dy!, node.outputs[0]!));
    let offset = 0;
    for (const [name, t] of Object.entries(tensorInputs(node))) {
      const begin = [...batch.map(() => 0), ...t.shape.map((_, i) => (i === axis ? offset : 0))];
      thunks[name] = () => slice(dy!, begin, [...batch, ...t.shape]);
      offset += t.shape[axis] as number;
    }
    return thunks;
  },
};
