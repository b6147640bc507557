import { Minimum, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

// TF's NaN-propagating std::min: a nan operand wins, a tie gives the first.
export const minimumKernel: KernelConfig = {
  kernelName: Minimum,
  backendName: 'cpu',
  kernelFunc: binaryKernel(Minimum, (a, b) => (b < a || b !== b ? b : a)),
};
