import { Maximum, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';

// TF's NaN-propagating std::max: a nan operand wins, a tie gives the first.
export const maximumKernel: KernelConfig = {
  kernelName: Maximum,
  backendName: 'cpu',
  kernelFunc: binaryKernel(Maximum, (a, b) => (a < b || b !== b ? b : a)),
};
