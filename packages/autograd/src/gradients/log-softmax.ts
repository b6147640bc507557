import { exp, LogSoftmax, multiply, reduceSum, subtract, type SoftmaxAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** dy - sum(dy, axis) * softmax, where softmax = exp(y); the axis counted from the end, past any batch axes of dy */
export const logSoftmaxGrad: GradientConfig = {
  kernelName: LogSoftmax,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    const { axis } = node.attrs as unknown as SoftmaxAttrs;
    return { x: () => subtract(dy!, multiply(reduceSum(dy!, axis - y.rank, true), exp(y))) };
  },
};
