import { ReadVariableOp } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';

/** A variable read passes the gradient to the variable's handle. */
export const readVariableGrad: GradientConfig = {
  kernelName: ReadVariableOp,
  batchable: true,
  gradFunc: ([dy]) => ({ resource: () => dy! }),
};
