import { broadcastTo, reshape, Sum, type SumAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, withBatch } from './batch';
import { tensorInputs } from './inputs';

/** Every summed element receives the upstream gradient of its sum. */
export const sumGrad: GradientConfig = {
  kernelName: Sum,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { axis } = node.attrs as unknown as SumAttrs;
    const batch = batchRank(dy!, node.outputs[0]!);
    const kept = x!.shape.map((d, i) => (axis.includes(i) ? 1 : d));
    return { x: () => broadcastTo(reshape(dy!, withBatch(dy!, batch, kept)), withBatch(dy!, batch, x!.shape)) };
  },
};
