import { add, multiply, sigmoid, Silu, subtract, type SiluAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** With s = sigmoid(βx): dy * s * (1 + βx (1 - s)), TF's custom gradient of swish. */
export const siluGrad: GradientConfig = {
  kernelName: Silu,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { beta } = node.attrs as unknown as SiluAttrs;
    return {
      x: () => {
        const bx = multiply(x!, beta);
        const s = sigmoid(bx);
        return multiply(dy!, multiply(s, add(multiply(bx, subtract(1, s)), 1)));
      },
    };
  },
};
