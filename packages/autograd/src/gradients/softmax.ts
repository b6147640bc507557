import { multiply, reduceSum, Softmax, subtract, type SoftmaxAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** (dy - sum(dy * y, axis)) * y, with the axis counted from the end (past any batch axes of dy) */
export const softmaxGrad: GradientConfig = {
  kernelName: Softmax,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    const { axis } = node.attrs as unknown as SoftmaxAttrs;
    return { x: () => multiply(subtract(dy!, reduceSum(multiply(dy!, y), axis - y.rank, true)), y) };
  },
};
