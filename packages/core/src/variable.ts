import type { DType } from './dtypes';
import { isRecording, nextId, record, withoutRecording, activeRecorders } from './engine';
import { InvalidArgumentError, ValueError } from './errors';
import { add } from './ops/add';
import { subtract } from './ops/subtract';
import { formatShape, formatValue, formatVariableRepr } from './printing';
import { ReadVariableOp } from './recorder';
import { shapesEqual, type Shape } from './shape';
import type { Tensor } from './tensor';
import { convertToTensor, type Input } from './tensor-like';
import type { TensorMethods } from './tensor-methods';

/** The state a variable and its `UnreadVariable` views share (TF's resource handle). */
interface VariableHandle {
  /** Tapes key a variable's gradient by this id. Ids grow with creation order. */
  readonly id: number;
  readonly dtype: DType;
  readonly shape: Shape;
  readonly trainable: boolean;
  value: Tensor;
}

const sharedHandle = Symbol('sharedHandle');

export interface VariableOptions {
  /** Converts the initial value to this dtype (plain data only; a tensor must already have it). */
  dtype?: DType;
  /** Defaults to `'Variable'`; the variable's `name` gets TF's `':0'` suffix. */
  name?: string;
  /** Whether tapes watch the variable automatically when it is read. Default true. */
  trainable?: boolean;
  /** @internal */
  [sharedHandle]?: VariableHandle;
}

export interface AssignOptions {
  /** false: return nothing instead of an `UnreadVariable` view (TF's `read_value=False`). */
  readValue?: boolean;
}

const inspect = Symbol.for('nodejs.util.inspect.custom');

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Variable extends TensorMethods {}

/**
 * A mutable tensor, as TF 2's `tf.Variable`: model state that `assign` updates and that tapes
 * watch automatically. A Variable is not a Tensor (`v instanceof Tensor` is false), but every op
 * accepts it and reads its current value.
 *
 * @example
 * const v = new tf.Variable([1, 2], { dtype: 'float64' });
 * v.assignAdd([1, 1]);
 * console.log(String(v));
 * // <tf.Variable 'Variable:0' shape=(2,) dtype=float64, numpy=array([2., 3.])>
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Variable {
  /** `'Variable:0'` by default, `'w:0'` for `{ name: 'w' }`. Not made unique (as in TF eager). */
  readonly name: string;
  /** @internal */
  readonly handle: VariableHandle;

  constructor(initialValue: Input, options: VariableOptions = {}) {
    const shared = options[sharedHandle];
    if (shared) {
      this.handle = shared;
      this.name = options.name ?? 'Variable';
      return;
    }
    if (initialValue === undefined || initialValue === null) {
      throw new ValueError(
        'The `initial_value` arg to `tf.Variable` must be specified except when you are not providing a `variable_def`. You provided neither.',
      );
    }
    const value = withoutRecording(() => convertToTensor(initialValue, options.dtype));
    value.isKept = true;
    this.handle = { id: nextId(), dtype: value.dtype, shape: value.shape, trainable: options.trainable ?? true, value };
    this.name = `${options.name ?? 'Variable'}:0`;
  }

  /** The handle's id, shared by this variable's `UnreadVariable` views. */
  get id(): number {
    return this.handle.id;
  }

  get dtype(): DType {
    return this.handle.dtype;
  }

  get shape(): Shape {
    return this.handle.shape;
  }

  get rank(): number {
    return this.handle.shape.length;
  }

  /** Read-only, as in TF. Set it with the constructor's `trainable` option. */
  get trainable(): boolean {
    return this.handle.trainable;
  }

  /**
   * The current value as a tensor. Inside a tape the read is recorded, so gradients flow to
   * the variable (and a trainable variable is watched automatically).
   */
  value(): Tensor {
    const { value } = this.handle;
    if (isRecording()) {
      for (const r of activeRecorders().slice()) r.variableAccessed(this);
      record(ReadVariableOp, { resource: this }, {}, [value]);
    }
    return value;
  }

  /** Replaces the value. Shape and dtype must match; on error the variable keeps its value. */
  assign(value: Input): UnreadVariable;
  assign(value: Input, options: AssignOptions & { readValue: false }): undefined;
  assign(value: Input, options?: AssignOptions): UnreadVariable | undefined;
  assign(value: Input, options: AssignOptions = {}): UnreadVariable | undefined {
    const t = withoutRecording(() => convertToTensor(value, this.dtype));
    if (!shapesEqual(t.shape, this.shape)) {
      throw new ValueError(
        `Cannot assign value to variable ' ${this.name}': Shape mismatch.The variable shape ${formatShape(this.shape)}, ` +
          `and the assigned value shape ${formatShape(t.shape)} are incompatible.`,
      );
    }
    return this.store(t, options);
  }

  /** Adds `delta` (same shape and dtype) to the value. */
  assignAdd(delta: Input): UnreadVariable;
  assignAdd(delta: Input, options: AssignOptions & { readValue: false }): undefined;
  assignAdd(delta: Input, options?: AssignOptions): UnreadVariable | undefined;
  assignAdd(delta: Input, options: AssignOptions = {}): UnreadVariable | undefined {
    return this.update('AssignAddVariableOp', delta, add, options);
  }

  /** Subtracts `delta` (same shape and dtype) from the value. */
  assignSub(delta: Input): UnreadVariable;
  assignSub(delta: Input, options: AssignOptions & { readValue: false }): undefined;
  assignSub(delta: Input, options?: AssignOptions): UnreadVariable | undefined;
  assignSub(delta: Input, options: AssignOptions = {}): UnreadVariable | undefined {
    return this.update('AssignSubVariableOp', delta, subtract, options);
  }

  private update(opName: string, delta: Input, op: (a: Tensor, b: Tensor) => Tensor, options: AssignOptions) {
    const next = withoutRecording(() => {
      const t = convertToTensor(delta, this.dtype);
      if (!shapesEqual(t.shape, this.shape)) {
        throw new InvalidArgumentError(
          `Cannot update variable with shape [${this.shape.join(',')}] using a Tensor with shape [${t.shape.join(',')}], ` +
            `shapes must be equal. [Op:${opName}] name: `,
        );
      }
      return op(this.handle.value, t);
    });
    return this.store(next, options);
  }

  private store(t: Tensor, options: AssignOptions): UnreadVariable | undefined {
    t.isKept = true;
    this.handle.value = t;
    return options.readValue === false ? undefined : new UnreadVariable(this.handle);
  }

  /** The value as nested JS arrays, as TF's `numpy()`. */
  numpy(): ReturnType<Tensor['numpy']> {
    return this.handle.value.numpy();
  }

  /** A copy of the values as a typed array. */
  dataSync(): ReturnType<Tensor['dataSync']> {
    return this.handle.value.dataSync();
  }

  /** Python's `format(v)`: the NumPy text of the value. */
  format(): string {
    const { value } = this.handle;
    return formatValue(value.dtype, value.shape, value.backend.read(value.dataId), false);
  }

  /** TF's repr, which variables also use for `str`. */
  repr(): string {
    const { value } = this.handle;
    return formatVariableRepr(this.name, value.dtype, value.shape, value.backend.read(value.dataId));
  }

  toString(): string {
    return this.repr();
  }

  [inspect](): string {
    return this.repr();
  }
}

/**
 * What `assign`, `assignAdd` and `assignSub` return: a view of the same variable, named
 * `'UnreadVariable'`, that reads the value when used or printed (TF's `_UnreadVariable`).
 */
export class UnreadVariable extends Variable {
  /** @internal */
  constructor(handle: VariableHandle) {
    super(0, { [sharedHandle]: handle, name: 'UnreadVariable' });
  }
}
