import { describe, expect, it } from 'vitest';
import type { Backend, TensorInfo } from './backend';
import { getBackend, registerBackend, removeBackend, runKernel, setBackend, tensorFromValues } from './engine';
import { NotFoundError } from './errors';
import { getKernelNames, registerKernel, unregisterKernel } from './kernel-registry';
import { Neg } from './kernel-names';
import { negative } from './ops/negative';

/** A backend that stores plain JS arrays: proof that storage is the backend's own business. */
function arrayBackend(name: string): Backend {
  return {
    name,
    write: (values) => ({ list: Array.from(values) }),
    read: (dataId) => Float32Array.from((dataId as { list: number[] }).list),
    readAsync: (dataId) => Promise.resolve(Float32Array.from((dataId as { list: number[] }).list)),
    dispose: () => {},
    memory: () => ({ arrays: 0 }),
  };
}

describe('kernel registry and backends', () => {
  it('runs the kernel registered for the active backend', () => {
    registerBackend('arrays', () => arrayBackend('arrays'));
    registerKernel({
      kernelName: Neg,
      backendName: 'arrays',
      kernelFunc: ({ inputs, backend }) => {
        const x = inputs.x as TensorInfo;
        const values = backend.read(x.dataId).map((v) => -v);
        return { dataId: backend.write(values, x.shape, x.dtype), shape: x.shape, dtype: x.dtype };
      },
    });
    setBackend('arrays');
    expect(getBackend().name).toBe('arrays');
    const t = negative(tensorFromValues(Float32Array.of(1, -2), [2], 'float32'));
    expect(t.numpy()).toEqual([-1, 2]);
    expect(getKernelNames('arrays')).toEqual([Neg]);
  });

  it('names the kernel and the backend when a kernel is missing', () => {
    setBackend('arrays');
    const x = tensorFromValues(Float32Array.of(1), [1], 'float32');
    expect(() => runKernel('Square', { x })).toThrow(new NotFoundError("Kernel 'Square' is not registered for backend 'arrays'."));
    unregisterKernel(Neg, 'arrays');
    expect(() => negative(x)).toThrow("Kernel 'Neg' is not registered for backend 'arrays'.");
  });

  it('refuses an unknown backend, naming those registered', () => {
    expect(() => setBackend('gpu')).toThrow(/Backend 'gpu' is not registered \(registered: .*arrays.*\)/);
    removeBackend('arrays');
    expect(() => setBackend('arrays')).toThrow(NotFoundError);
  });
});
