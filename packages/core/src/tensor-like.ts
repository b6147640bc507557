import { type DType, type TypedArray, typedArrayFor } from './dtypes';
import { tensorFromValues } from './engine';
import { ValueError } from './errors';
import { Tensor } from './tensor';
import { Variable } from './variable';

/** A JS scalar: numbers infer float32, booleans bool, bigints int32. */
export type ScalarLike = number | boolean | bigint;
export interface NestedArray<T> extends ReadonlyArray<T | NestedArray<T>> {}
/** Plain JS data that converts to a tensor: a scalar, a typed array, or nested arrays. */
export type TensorLike = ScalarLike | TypedArray | NestedArray<ScalarLike | TypedArray>;
/** What every op accepts: a tensor, a variable (read at use) or plain data. */
export type Input = Tensor | Variable | TensorLike;

export function isTensorOrVariable(x: unknown): x is Tensor | Variable {
  return x instanceof Tensor || x instanceof Variable;
}

function isTypedArray(x: unknown): x is TypedArray {
  return ArrayBuffer.isView(x) && !(x instanceof DataView);
}

const typedArrayDType = (x: TypedArray): DType | undefined =>
  x instanceof Float32Array ? 'float32' : x instanceof Float64Array ? 'float64' : x instanceof Int32Array ? 'int32' : undefined;

/** Python-style type name for error messages, e.g. `'NoneType'` for null. */
function typeName(x: unknown): string {
  if (x === null || x === undefined) return 'NoneType';
  if (typeof x === 'object' || typeof x === 'function') return (x as object).constructor?.name ?? 'object';
  return typeof x;
}

function unsupported(x: unknown): ValueError {
  const text = x === null || x === undefined ? 'None' : String(x);
  return new ValueError(`Attempt to convert a value (${text}) with an unsupported type (<class '${typeName(x)}'>) to a Tensor.`);
}

function cannotConvert(x: ScalarLike, dtype: DType): TypeError {
  const text = typeof x === 'boolean' ? (x ? 'True' : 'False') : String(x);
  return new TypeError(`Cannot convert ${text} to EagerTensor of dtype ${dtype}`);
}

/**
 * Converts any op input to a tensor. Tensors pass through, variables are read, plain data is
 * copied into a new tensor. With `dtype`, plain data converts to it (an int32 target rejects
 * 1.5 as TF does) and a tensor of another dtype is refused: there is no implicit cast.
 */
export function convertToTensor(x: Input, dtype?: DType): Tensor {
  // The commonest plain operand, a JS number into a float (`tf.multiply(y, 2)`), skips `flatten`.
  if (typeof x === 'number' && (dtype === undefined || dtype === 'float32' || dtype === 'float64')) {
    const values = dtype === 'float64' ? new Float64Array(1) : new Float32Array(1);
    values[0] = x;
    return tensorFromValues(values, [], dtype ?? 'float32');
  }
  if (x instanceof Tensor || x instanceof Variable) {
    const t = x instanceof Variable ? x.value() : x;
    if (dtype !== undefined && t.dtype !== dtype) {
      throw new ValueError(`Tensor conversion requested dtype ${dtype} for Tensor with dtype ${t.dtype}: ${t.repr()}`);
    }
    return t;
  }
  const { values, shape, dtype: inferred } = flatten(x);
  return tensorFromValues(toTypedArray(values, dtype ?? inferred), shape, dtype ?? inferred);
}

interface Flat {
  values: ArrayLike<ScalarLike>;
  shape: number[];
  dtype: DType;
}

/** Flattens nested data row-major, checking that it is rectangular, and infers its dtype. */
export function flatten(x: TensorLike): Flat {
  if (isTypedArray(x)) return { values: x, shape: [x.length], dtype: typedArrayDType(x) ?? 'float32' };
  const shape: number[] = [];
  for (let cur: unknown = x; Array.isArray(cur) || isTypedArray(cur); cur = (cur as ArrayLike<unknown>)[0]) {
    shape.push((cur as ArrayLike<unknown>).length);
    if ((cur as ArrayLike<unknown>).length === 0) break;
  }
  const values: ScalarLike[] = [];
  let sawNumber = false;
  let sawBool = false;
  let sawBigint = false;
  let rowDType: DType | undefined | null = null; // dtype of typed-array rows, if all agree
  const visit = (v: unknown, dim: number): void => {
    if (dim < shape.length) {
      if (!(Array.isArray(v) || isTypedArray(v)) || v.length !== shape[dim]) {
        throw new ValueError("Can't convert non-rectangular Python sequence to Tensor.");
      }
      if (isTypedArray(v)) {
        const d = typedArrayDType(v);
        rowDType = rowDType === null || rowDType === d ? d : undefined;
      }
      for (let i = 0; i < v.length; i++) visit(v[i], dim + 1);
      return;
    }
    if (typeof v === 'number') sawNumber = true;
    else if (typeof v === 'boolean') sawBool = true;
    else if (typeof v === 'bigint') sawBigint = true;
    else if (Array.isArray(v) || isTypedArray(v)) throw new ValueError("Can't convert non-rectangular Python sequence to Tensor.");
    else throw unsupported(v);
    values.push(v);
  };
  visit(x, 0);
  if (sawBool && (sawNumber || sawBigint)) throw new ValueError("Can't convert Python sequence with mixed types to Tensor.");
  const dtype: DType = rowDType ?? (sawBool ? 'bool' : sawBigint && !sawNumber ? 'int32' : 'float32');
  return { values, shape, dtype };
}

/** Copies scalars into a new typed array of `dtype`, refusing values the dtype cannot hold. */
export function toTypedArray(values: ArrayLike<ScalarLike>, dtype: DType): TypedArray {
  const out = typedArrayFor(dtype, values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as ScalarLike;
    if (dtype === 'bool') {
      if (typeof v !== 'boolean') throw cannotConvert(v, dtype);
      out[i] = v ? 1 : 0;
    } else if (typeof v === 'boolean') {
      throw cannotConvert(v, dtype);
    } else if (dtype === 'int32') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < -2147483648 || n > 2147483647) throw cannotConvert(v, dtype);
      out[i] = n;
    } else {
      out[i] = Number(v);
    }
  }
  return out;
}
