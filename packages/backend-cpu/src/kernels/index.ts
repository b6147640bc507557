import type { KernelConfig } from '@tensortape/core';
import { addKernel } from './add';
import { broadcastToKernel } from './broadcast-to';
import { castKernel } from './cast';
import { greaterKernel } from './greater';
import { identityKernel } from './identity';
import { logKernel } from './log';
import { mulKernel } from './mul';
import { negKernel } from './neg';
import { powKernel } from './pow';
import { realDivKernel } from './real-div';
import { reshapeKernel } from './reshape';
import { selectKernel } from './select';
import { squareKernel } from './square';
import { subKernel } from './sub';
import { sumKernel } from './sum';
// (each op family adds its kernel imports here)

/** Every kernel of the CPU backend. */
export const cpuKernels: readonly KernelConfig[] = [
  addKernel,
  broadcastToKernel,
  castKernel,
  greaterKernel,
  identityKernel,
  logKernel,
  mulKernel,
  negKernel,
  powKernel,
  realDivKernel,
  reshapeKernel,
  selectKernel,
  squareKernel,
  subKernel,
  sumKernel,
  // (each op family adds its kernels here)
];
