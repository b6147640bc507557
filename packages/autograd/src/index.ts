import { registerGradients } from './gradients';

registerGradients();

export {
  GradientTape,
  type GradientTapeOptions,
  type GradientOptions,
  type JacobianOptions,
  type UnconnectedGradients,
} from './tape';
export { ForwardAccumulator } from './forward-accumulator';
export { customGradient, type CustomGradFn } from './custom-gradient';
export { grad, valueAndGrad, hessian } from './functional';
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
