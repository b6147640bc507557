import { Cumprod, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { scanKernel } from './scan';

const floats = scanKernel(1, (a, b) => a * b);
// int32 products wrap around as in TF (a double product would lose the low bits).
const ints = scanKernel(1, Math.imul);

export const cumprodKernel: KernelConfig = {
  kernelName: Cumprod,
  backendName: 'cpu',
  kernelFunc: (args) => ((args.inputs.x as TensorInfo).dtype === 'int32' ? ints : floats)(args),
};
