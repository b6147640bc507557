import type { Backend, DataId, DType, Shape, TensorInfo, TypedArray } from '@tensortape/core';

/** The CPU backend's storage: the typed array itself, freed by the garbage collector. */
export interface CpuData {
  values: TypedArray;
}

const DISPOSED = new Float32Array(0);

export class CpuBackend implements Backend {
  readonly name = 'cpu';

  write(values: TypedArray): DataId {
    return { values } satisfies CpuData;
  }

  read(dataId: DataId): TypedArray {
    return (dataId as CpuData).values;
  }

  readAsync(dataId: DataId): Promise<TypedArray> {
    return Promise.resolve(this.read(dataId));
  }

  dispose(dataId: DataId): void {
    // Drop the array so that a lingering handle cannot keep it alive.
    (dataId as CpuData).values = DISPOSED;
  }

  memory(): Record<string, number> {
    return {};
  }
}

/** Reads a kernel input's values. */
export function valuesOf(t: TensorInfo): TypedArray {
  return (t.dataId as CpuData).values;
}

/** Wraps computed values as a kernel output. */
export function output(values: TypedArray, shape: Shape, dtype: DType): TensorInfo {
  return { dataId: { values } satisfies CpuData, shape, dtype };
}
