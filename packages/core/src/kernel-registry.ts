import type { KernelConfig, KernelFunc } from './backend';
import { NotFoundError } from './errors';
import { state } from './global-state';

/** Registers a kernel for one backend. Registering the same pair again replaces it. */
export function registerKernel(config: KernelConfig): void {
  let byName = state.kernels.get(config.backendName);
  if (!byName) state.kernels.set(config.backendName, (byName = new Map()));
  byName.set(config.kernelName, config.kernelFunc);
}

export function unregisterKernel(kernelName: string, backendName: string): void {
  state.kernels.get(backendName)?.delete(kernelName);
}

export function getKernel(kernelName: string, backendName: string): KernelFunc {
  const kernel = state.kernels.get(backendName)?.get(kernelName);
  if (!kernel) {
    throw new NotFoundError(`Kernel '${kernelName}' is not registered for backend '${backendName}'.`);
  }
  return kernel;
}

/** The names of all kernels registered for a backend, sorted. */
export function getKernelNames(backendName: string): string[] {
  return [...(state.kernels.get(backendName)?.keys() ?? [])].sort();
}
