import { greater, Relu6, where, zerosLike } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** dy where 0 < y < 6, else 0 (both kinks get 0, as TF) */
export const relu6Grad: GradientConfig = {
  kernelName: Relu6,
  batchable: true,
  gradFunc: ([dy], node) => {
    const y = node.outputs[0]!;
    const zeros = zerosLike(dy!);
    return { x: () => where(greater(y, 0), where(greater(6, y), dy!, zeros), zeros) };
  },
};
