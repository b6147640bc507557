import { broadcastTo, reshape, Sum, type SumAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** Every summed element receives the upstream gradient of its sum. */
export const sumGrad: GradientConfig = {
  kernelName: Sum,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { axis } = node.attrs as unknown as SumAttrs;
    const kept = x!.shape.map((d, i) => (axis.includes(i) ? 1 : d));
    return { x: () => broadcastTo(reshape(dy!, kept), x!.shape) };
  },
};
