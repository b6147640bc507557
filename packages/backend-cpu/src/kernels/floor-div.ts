import { FloorDiv, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';
import { checkingIntegerDivisor } from './integer-division';

// Exact for int32 too: a double quotient of int32s never rounds across an integer.
export const floorDivKernel: KernelConfig = {
  kernelName: FloorDiv,
  backendName: 'cpu',
  kernelFunc: checkingIntegerDivisor(FloorDiv, binaryKernel(FloorDiv, (a, b) => Math.floor(a / b))),
};
