import type { Backend, DataId } from './backend';
import type { DType, TypedArray } from './dtypes';
import { releaseTensor } from './engine';
import { RuntimeError } from './errors';
import { formatShape, formatTensorRepr, formatTensorStr, formatValue } from './printing';
import { sizeOf, type Shape } from './shape';
import type { TensorMethods } from './tensor-methods';

/** What `numpy()` returns: a number or boolean for rank 0, nested arrays otherwise. */
export type NumpyValue = number | boolean | NumpyArray;
export interface NumpyArray extends Array<NumpyValue> {}

const inspect = Symbol.for('nodejs.util.inspect.custom');

// The op methods (t.add(b), t.square(), …) are mixed in from tensor-methods.ts.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Tensor extends TensorMethods {}

/**
 * An immutable n-dimensional array, as TensorFlow's eager `tf.Tensor`. Create one with
 * `tf.constant`, `tf.zeros`, … or as the result of an op.
 *
 * @example
 * const t = tf.constant([[1, 2], [3, 4]]);
 * console.log(String(t));
 * // tf.Tensor(
 * // [[1. 2.]
 * //  [3. 4.]], shape=(2, 2), dtype=float32)
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Tensor {
  /** @internal Kept tensors (a variable's value) survive the end of a `tidy`. */
  isKept = false;
  /** @internal Reachable only from this tensor, so it dies with it: the engine's finalizer watches it. */
  lifeToken: object | null = {};
  #dataId: DataId | null;

  /** @internal Tensors are made by ops and `tf.constant`, not by `new`. */
  constructor(
    /** Unique per tensor; the tape keys gradients by it. */
    readonly id: number,
    dataId: DataId,
    readonly shape: Shape,
    readonly dtype: DType,
    /** @internal The backend that holds the values. */
    readonly backend: Backend,
  ) {
    this.#dataId = dataId;
  }

  get rank(): number {
    return this.shape.length;
  }

  get size(): number {
    return sizeOf(this.shape);
  }

  /** @internal The backend's handle to the values. */
  get dataId(): DataId {
    if (this.#dataId === null) {
      throw new RuntimeError(`Tensor ${this.id} (shape=${formatShape(this.shape)}) is disposed and can no longer be used.`);
    }
    return this.#dataId;
  }

  get isDisposed(): boolean {
    return this.#dataId === null;
  }

  /** A copy of the values, row-major, in the dtype's typed array (bool: 0/1 bytes). */
  dataSync(): TypedArray {
    return this.backend.read(this.dataId).slice();
  }

  /** Like `dataSync`, for backends that compute asynchronously. */
  async data(): Promise<TypedArray> {
    return (await this.backend.readAsync(this.dataId)).slice();
  }

  /** The values as nested JS arrays (a number or boolean for rank 0), as TF's `numpy()`. */
  numpy(): NumpyValue {
    const values = this.backend.read(this.dataId);
    const asValue = this.dtype === 'bool' ? (i: number) => values[i] !== 0 : (i: number) => values[i] as number;
    const build = (dim: number, offset: number): NumpyValue => {
      if (dim === this.shape.length) return asValue(offset);
      const n = this.shape[dim] as number;
      const step = sizeOf(this.shape.slice(dim + 1));
      const out: NumpyValue[] = new Array<NumpyValue>(n);
      for (let i = 0; i < n; i++) out[i] = build(dim + 1, offset + i * step);
      return out;
    };
    return build(0, 0);
  }

  /** TF's `str(t)`: `tf.Tensor(9.0, shape=(), dtype=float32)`. */
  toString(): string {
    return formatTensorStr(this.dtype, this.shape, this.backend.read(this.dataId));
  }

  /** TF's `repr(t)`: `<tf.Tensor: shape=(), dtype=float32, numpy=9.0>`. */
  repr(): string {
    return formatTensorRepr(this.dtype, this.shape, this.backend.read(this.dataId));
  }

  /** Python's `format(t)` / `f"{t}"`: the NumPy text of the values, e.g. `[1. 2.]`. */
  format(): string {
    return formatValue(this.dtype, this.shape, this.backend.read(this.dataId), false);
  }

  /** Releases the values now. Later use raises an error. Disposing twice is harmless. */
  dispose(): void {
    if (this.#dataId === null) return;
    releaseTensor(this);
    this.#dataId = null;
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  [inspect](): string {
    return this.isDisposed ? `tf.Tensor(<disposed>, shape=${formatShape(this.shape)}, dtype=${this.dtype})` : this.toString();
  }
}
