import { Transpose, transpose, type TransposeAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** Transposes back with the inverse permutation. */
export const transposeGrad: GradientConfig = {
  kernelName: Transpose,
  gradFunc: ([dy], node) => {
    const { perm } = node.attrs as unknown as TransposeAttrs;
    const inverse = new Array<number>(perm.length);
    perm.forEach((p, i) => (inverse[p] = i));
    return { x: () => transpose(dy!, inverse) };
  },
};
