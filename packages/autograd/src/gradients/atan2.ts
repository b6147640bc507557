import { add, Atan2, divide, multiply, negative, square } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/** For atan2(y, x) (inputs a = y, b = x): dy · x / (x² + y²) and dy · -y / (x² + y²). */
export const atan2Grad: GradientConfig = {
  kernelName: Atan2,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a: y, b: x } = tensorInputs(node);
    const gradInv = () => divide(dy!, add(square(x!), square(y!)));
    return {
      a: () => unbroadcast(multiply(x!, gradInv()), y!.shape, batch),
      b: () => unbroadcast(multiply(negative(y!), gradInv()), x!.shape, batch),
    };
  },
};
