import { Round, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

/** Halves go to the even neighbour (TF, NumPy); Math.round sends them up. */
function roundHalfToEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export const roundKernel: KernelConfig = { kernelName: Round, backendName: 'cpu', kernelFunc: unaryKernel(roundHalfToEven) };
