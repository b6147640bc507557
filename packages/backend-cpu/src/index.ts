import { registerBackend, registerKernel } from '@tensortape/core';
import { CpuBackend } from './cpu-backend';
import { cpuKernels } from './kernels';

export { CpuBackend, output, valuesOf, type CpuData } from './cpu-backend';
export { cpuKernels } from './kernels';

/**
 * Registers the CPU backend and its kernels under the name `'cpu'`. The `tensortape` package
 * calls it for you; call it yourself when you use `@tensortape/core` directly.
 *
 * @example
 * import { registerCpuBackend } from '@tensortape/backend-cpu';
 * registerCpuBackend();
 */
export function registerCpuBackend(priority = 1): void {
  for (const kernel of cpuKernels) registerKernel(kernel);
  registerBackend('cpu', () => new CpuBackend(), priority);
}
