import { FloorMod, type KernelConfig } from '@tensortape/core';
import { binaryKernel } from './binary';
import { checkingIntegerDivisor } from './integer-division';

/** The truncated remainder (C's fmod), moved to the divisor's sign as TF does. */
function floorMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

export const floorModKernel: KernelConfig = {
  kernelName: FloorMod,
  backendName: 'cpu',
  kernelFunc: checkingIntegerDivisor(FloorMod, binaryKernel(FloorMod, floorMod)),
};
