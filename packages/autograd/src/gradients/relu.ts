import { greater, Relu, where, zerosLike } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** dy where y > 0, else 0: relu'(0) = 0, as TF */
export const reluGrad: GradientConfig = {
  kernelName: Relu,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    return { x: () => where(greater(y, 0), dy!, zerosLike(dy!)) };
  },
};
