import type { DType } from './dtypes';
import { Tensor } from './tensor';
import { Variable } from './variable';

/**
 * Python's `repr()` for what tensortape returns: tensors and variables print their TF repr,
 * arrays print as lists, plain objects as dicts, `null` as `None`, booleans as `True`/`False`.
 * So `repr(tape.gradient(f, [x, y]))` reads as TF prints the list of gradients.
 *
 * @example
 * tf.repr([tf.constant(6), null]); // "[<tf.Tensor: shape=(), dtype=float32, numpy=6.0>, None]"
 */
export function repr(value: unknown): string {
  if (value instanceof Tensor || value instanceof Variable) return value.repr();
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(repr).join(', ')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return `{${Object.entries(value).map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`;
  }
  return String(value);
}

/**
 * Python's `str()`: as `repr` but a tensor prints its `str` form and a string prints bare, so
 * `console.log(tf.str(x))` matches Python's `print(x)`.
 */
export function str(value: unknown): string {
  if (value instanceof Tensor) return value.toString();
  if (typeof value === 'string') return value;
  return repr(value);
}

/** TF's `str(dtype)`: `<dtype: 'float32'>`. */
export function formatDType(dtype: DType): string {
  return `<dtype: '${dtype}'>`;
}
