import { registerGradients } from './gradients';

registerGradients();

export { GradientTape, type GradientTapeOptions, type GradientOptions, type UnconnectedGradients } from './tape';
export {
  registerGradient,
  getGradient,
  markNonDifferentiable,
  isNonDifferentiable,
  type GradFunc,
  type GradientConfig,
  type GradientNode,
} from './gradient-registry';
export { gradients, nonDifferentiableKernels } from './gradients';
export { setWarningLogger, type WarningLogger } from './logger';
export type { Nest, MapNest } from './nest';
