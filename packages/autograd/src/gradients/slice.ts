import { pad, Slice, type SliceAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** dy padded with zeros back to the input's shape. */
export const sliceGrad: GradientConfig = {
  kernelName: Slice,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { begin, size } = node.attrs as unknown as SliceAttrs;
    return { x: () => pad(dy!, x!.shape.map((d, i) => [begin[i] as number, d - (begin[i] as number) - (size[i] as number)])) };
  },
};
