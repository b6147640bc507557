import { Pad, slice, type PadAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** The interior of dy; the padding value gets no gradient (as in TF). */
export const padGrad: GradientConfig = {
  kernelName: Pad,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { paddings } = node.attrs as unknown as PadAttrs;
    return { x: () => slice(dy!, x!.shape.map((_, i) => paddings[2 * i] as number), x!.shape) };
  },
};
