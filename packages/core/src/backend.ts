import type { DType, TypedArray } from './dtypes';
import type { Shape } from './shape';

/** A backend's handle to the storage of one tensor. Opaque to everyone but that backend. */
export type DataId = object;

/** What a kernel sees of a tensor, and what it returns for each output. */
export interface TensorInfo {
  readonly dataId: DataId;
  readonly shape: Shape;
  readonly dtype: DType;
}

export type AttrValue = number | boolean | string | readonly number[] | null | undefined;
export type NamedAttrMap = Readonly<Record<string, AttrValue>>;
export type NamedTensorInfoMap = Readonly<Record<string, TensorInfo>>;

/**
 * The storage contract every backend implements. Kernels are registered separately, by name,
 * with `registerKernel`; the engine never looks inside a `DataId`.
 */
export interface Backend {
  readonly name: string;
  /** Stores `values` (the backend may keep the array itself) and returns its handle. */
  write(values: TypedArray, shape: Shape, dtype: DType): DataId;
  /** The values, synchronously. Callers must not mutate the returned array. */
  read(dataId: DataId): TypedArray;
  readAsync(dataId: DataId): Promise<TypedArray>;
  /** Releases the storage now (a no-op where the garbage collector does it). */
  dispose(dataId: DataId): void;
  /** Backend-specific memory figures, reported by `tf.memory()`. */
  memory(): Record<string, number>;
}

export interface KernelArgs {
  readonly inputs: NamedTensorInfoMap;
  readonly attrs: NamedAttrMap;
  readonly backend: Backend;
}

/** A kernel returns one output, or several for multi-output ops. */
export type KernelFunc = (args: KernelArgs) => TensorInfo | TensorInfo[];

export interface KernelConfig {
  readonly kernelName: string;
  readonly backendName: string;
  readonly kernelFunc: KernelFunc;
}

export type BackendFactory = () => Backend;
