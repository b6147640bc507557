import { pad, Slice, type SliceAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank } from './batch';
import { tensorInputs } from './inputs';

/** dy padded with zeros back to the input's shape. */
export const sliceGrad: GradientConfig = {
  kernelName: Slice,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { begin, size } = node.attrs as unknown as SliceAttrs;
    const unbatched = Array.from({ length: batchRank(dy!, node.outputs[0]!) }, () => [0, 0]);
    const around = x!.shape.map((d, i) => [begin[i] as number, d - (begin[i] as number) - (size[i] as number)]);
    return { x: () => pad(dy!, [...unbatched, ...around]) };
  },
};
