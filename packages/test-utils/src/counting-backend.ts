import { getKernelNames, getKernel, registerBackend, registerKernel, type Backend } from '@tensortape/core';

/**
 * Registers a backend named `name` that delegates storage and kernels to `base` (for example
 * the CPU backend) and counts kernel calls. It proves that a backend plugs in through the
 * registry alone, and lets tests see which kernels an op ran.
 */
export function registerCountingBackend(name: string, base: string, makeBase: () => Backend): Map<string, number> {
  const calls = new Map<string, number>();
  for (const kernelName of getKernelNames(base)) {
    const inner = getKernel(kernelName, base);
    registerKernel({
      kernelName,
      backendName: name,
      kernelFunc: (args) => {
        calls.set(kernelName, (calls.get(kernelName) ?? 0) + 1);
        return inner(args);
      },
    });
  }
  registerBackend(name, () => {
    const storage = makeBase();
    return {
      name,
      write: (values, shape, dtype) => storage.write(values, shape, dtype),
      read: (dataId) => storage.read(dataId),
      readAsync: (dataId) => storage.readAsync(dataId),
      dispose: (dataId) => storage.dispose(dataId),
      memory: () => storage.memory(),
    };
  }, 0);
  return calls;
}
