import { Pad, slice, type PadAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, withBatch } from './batch';
import { tensorInputs } from './inputs';

/** The interior of dy; the padding value gets no gradient (as in TF). */
export const padGrad: GradientConfig = {
  kernelName: Pad,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { paddings } = node.attrs as unknown as PadAttrs;
    const batch = batchRank(dy!, node.outputs[0]!);
    const begin = [...new Array<number>(batch).fill(0), ...x!.shape.map((_, i) => paddings[2 * i] as number)];
    return { x: () => slice(dy!, begin, withBatch(dy!, batch, x!.shape)) };
  },
};
