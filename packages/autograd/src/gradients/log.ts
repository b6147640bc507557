import { divide, Log } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

/** d(log x) = dy / x */
export const logGrad: GradientConfig = {
  kernelName: Log,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    return { x: () => divide(dy!, x!) };
  },
};
