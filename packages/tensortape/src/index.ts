/**
 * tensortape: TensorFlow's eager autodiff (Variables and GradientTape) for TypeScript.
 * `import * as tf from 'tensortape'` gives the whole API with the CPU backend registered.
 */
import { registerCpuBackend } from '@tensortape/backend-cpu';

registerCpuBackend();

export * from '@tensortape/core';
export * from '@tensortape/autograd';
export * from '@tensortape/train';
export { registerCpuBackend, CpuBackend } from '@tensortape/backend-cpu';

/** The version of tensortape. */
export const version = '0.1.0';
