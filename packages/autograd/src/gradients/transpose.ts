import { Transpose, transpose, type TransposeAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, shiftAxes } from './batch';

/** Transposes back with the inverse permutation. */
export const transposeGrad: GradientConfig = {
  kernelName: Transpose,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { perm } = node.attrs as unknown as TransposeAttrs;
    const inverse = new Array<number>(perm.length);
    perm.forEach((p, i) => (inverse[p] = i));
    const batch = batchRank(dy!, node.outputs[0]!);
    const leading = Array.from({ length: batch }, (_, i) => i);
    return { x: () => transpose(dy!, [...leading, ...shiftAxes(inverse, batch)]) };
  },
};
