import type { DType, TypedArray } from '../dtypes';
import { displayedIndices, layoutArray, THRESHOLD } from './array-layout';
import { elementTexts } from './element-format';
import { formatShape } from './format-shape';

const LINE_WIDTH = 75;

/** NumPy's array2string for a non-empty array of rank >= 1. */
function array2string(
  dtype: DType,
  shape: readonly number[],
  values: TypedArray,
  separator: string,
  prefix: string,
  suffix: string,
): string {
  const summarise = values.length > THRESHOLD;
  // Only displayed elements are formatted, so a huge tensor prints in constant time.
  const indices = displayedIndices(shape, summarise);
  const texts = elementTexts(dtype, indices.map((i) => values[i] ?? 0));
  const byIndex = new Map(indices.map((flat, j) => [flat, texts[j] ?? '']));
  const hanging = ' '.repeat(prefix.length + 1);
  return layoutArray(shape, (i) => byIndex.get(i) ?? '', summarise, separator, hanging, LINE_WIDTH - suffix.length);
}

/** str(ndarray): `[1. 2.]`; an empty array is `[]`. */
export function arrayStr(dtype: DType, shape: readonly number[], values: TypedArray): string {
  return values.length === 0 ? '[]' : array2string(dtype, shape, values, ' ', '', '');
}

/**
 * repr(ndarray) as NumPy 1.x where the default integer is int32: `dtype=` is left out for the
 * implied dtypes (float64, int32, bool), otherwise it follows on the last line, or on a new
 * line indented under "array(" when it would pass the line width.
 */
export function arrayRepr(dtype: DType, shape: readonly number[], values: TypedArray): string {
  const implied = dtype !== 'float32';
  const suffix = implied ? ')' : ',';
  let body: string;
  if (values.length > 0) body = array2string(dtype, shape, values, ', ', 'array(', suffix);
  else body = shape.length === 1 ? '[]' : `[], shape=${formatShape(shape)}`;
  const text = `array(${body}${suffix}`;
  if (implied) return text;
  const dtypeText = `dtype=${dtype})`;
  const lastLineLength = text.length - (text.lastIndexOf('\n') + 1);
  const spacer = lastLineLength + dtypeText.length + 1 > LINE_WIDTH ? '\n      ' : ' ';
  return text + spacer + dtypeText;
}
