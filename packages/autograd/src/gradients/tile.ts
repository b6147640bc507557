import { reduceSum, reshape, Tile, type TileAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, withBatch } from './batch';
import { tensorInputs } from './inputs';

/** dy seen as [m0, d0, m1, d1, …], summed over the copies (TF's _TileGrad). */
export const tileGrad: GradientConfig = {
  kernelName: Tile,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { multiples } = node.attrs as unknown as TileAttrs;
    const split = x!.shape.flatMap((d, i) => [multiples[i] as number, d]);
    const batch = batchRank(dy!, node.outputs[0]!);
    return { x: () => reduceSum(reshape(dy!, withBatch(dy!, batch, split)), x!.shape.map((_, i) => batch + 2 * i)) };
  },
};
