import { Greater } from '@tensortape/core';
import { markNonDifferentiable, registerGradient, type GradientConfig } from '../gradient-registry';
import { addGrad } from './add';
import { broadcastToGrad } from './broadcast-to';
import { castGrad } from './cast';
import { identityGrad } from './identity';
import { logGrad } from './log';
import { mulGrad } from './mul';
import { negGrad } from './neg';
import { powGrad } from './pow';
import { readVariableGrad } from './read-variable';
import { realDivGrad } from './real-div';
import { reshapeGrad } from './reshape';
import { selectGrad } from './select';
import { squareGrad } from './square';
import { subGrad } from './sub';
import { sumGrad } from './sum';
// (each op family adds its gradient imports here)

/** One gradient per differentiable kernel. */
export const gradients: readonly GradientConfig[] = [
  addGrad,
  broadcastToGrad,
  castGrad,
  identityGrad,
  logGrad,
  mulGrad,
  negGrad,
  powGrad,
  readVariableGrad,
  realDivGrad,
  reshapeGrad,
  selectGrad,
  squareGrad,
  subGrad,
  sumGrad,
  // (each op family adds its gradients here)
];

/** Kernels with no gradient by nature. */
export const nonDifferentiableKernels: readonly string[] = [
  Greater,
  // (each op family adds its non-differentiable kernels here)
];

export function registerGradients(): void {
  for (const g of gradients) registerGradient(g);
  markNonDifferentiable(...nonDifferentiableKernels);
}
