import { SquaredDifference, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { binaryKernel } from './binary';

const floats = binaryKernel(SquaredDifference, (a, b) => (a - b) * (a - b));
// int32 wraps around as in TF; a double product of large differences would not.
const ints = binaryKernel(SquaredDifference, (a, b) => {
  const d = (a - b) | 0;
  return Math.imul(d, d);
});

export const squaredDifferenceKernel: KernelConfig = {
  kernelName: SquaredDifference,
  backendName: 'cpu',
  kernelFunc: (args) => ((args.inputs.a as TensorInfo).dtype === 'int32' ? ints : floats)(args),
};
