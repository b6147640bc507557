import type { DType, TypedArray } from '../dtypes';
import { arrayRepr, arrayStr } from './array-text';
import { formatShape } from './format-shape';
import { scalarText } from './scalar-text';

export { formatShape };

/**
 * The value text as TF's numpy_text gives it: str of the NumPy value (isRepr false) or its
 * repr ("array([1., 2.], dtype=float32)"; a scalar as Python's repr, "6.0"). No leading "\n".
 */
export function formatValue(dtype: DType, shape: readonly number[], values: TypedArray, isRepr: boolean): string {
  if (shape.length === 0) return scalarText(dtype, values[0] ?? 0, isRepr);
  return isRepr ? arrayRepr(dtype, shape, values) : arrayStr(dtype, shape, values);
}

/** numpy_text puts a multi-line value on lines of its own. */
function valueText(dtype: DType, shape: readonly number[], values: TypedArray, isRepr: boolean): string {
  const text = formatValue(dtype, shape, values, isRepr);
  return text.includes('\n') ? `\n${text}` : text;
}

/** String(t): `tf.Tensor(9.0, shape=(), dtype=float32)`. */
export function formatTensorStr(dtype: DType, shape: readonly number[], values: TypedArray): string {
  return `tf.Tensor(${valueText(dtype, shape, values, false)}, shape=${formatShape(shape)}, dtype=${dtype})`;
}

/** repr(t): `<tf.Tensor: shape=(), dtype=float32, numpy=6.0>`. */
export function formatTensorRepr(dtype: DType, shape: readonly number[], values: TypedArray): string {
  return `<tf.Tensor: shape=${formatShape(shape)}, dtype=${dtype}, numpy=${valueText(dtype, shape, values, true)}>`;
}

/** Variable repr (also its str); TF writes no comma between shape and dtype. */
export function formatVariableRepr(name: string, dtype: DType, shape: readonly number[], values: TypedArray): string {
  const value = valueText(dtype, shape, values, true);
  return `<tf.Variable '${name}' shape=${formatShape(shape)} dtype=${dtype}, numpy=${value}>`;
}
