import { Silu, type KernelConfig, type SiluAttrs } from '@tensortape/core';
import { sigmoid } from './sigmoid';
import { unaryKernel } from './unary';

export const siluKernel: KernelConfig = {
  kernelName: Silu,
  backendName: 'cpu',
  kernelFunc: (args) => {
    const { beta } = args.attrs as unknown as SiluAttrs;
    return unaryKernel((x) => x * sigmoid(beta * x))(args);
  },
};
