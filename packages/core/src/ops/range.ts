import { type DType, typedArrayFor } from '../dtypes';
import { tensorFromValues } from '../engine';
import { opError } from '../errors';
import type { Tensor } from '../tensor';
import { toTypedArray } from '../tensor-like';

/**
 * `start, start + delta, …` up to but excluding `limit` (TF `tf.range`); with one argument it
 * counts from 0. Numbers give float32 (JS cannot tell 5 from 5.0); bigints or `dtype: 'int32'`
 * give int32.
 *
 * @example
 * tf.range(5n);            // [0 1 2 3 4], int32
 * tf.range(0, 1, 0.25);    // [0.   0.25 0.5  0.75]
 */
export function range(start: number | bigint, limit?: number | bigint, delta?: number | bigint, dtype?: DType): Tensor {
  if (limit === undefined) [start, limit] = [typeof start === 'bigint' ? 0n : 0, start];
  const args = [start, limit, delta ?? 1];
  const ints = typeof start === 'bigint' && typeof limit === 'bigint' && typeof (delta ?? 1n) === 'bigint';
  const type: DType = dtype ?? (ints ? 'int32' : 'float32');
  if (type === 'bool') throw opError('Range', "Value for attr 'Tidx' of bool is not in the list of allowed values: float, double, int32");
  const [s, l, d] = toTypedArray(args, type === 'int32' ? 'int32' : 'float64');
  const [first, end, step] = [s as number, l as number, d as number];
  if (step === 0) throw opError('Range', 'Requires delta != 0: 0');
  if ((step > 0 && first > end) || (step < 0 && first < end)) {
    throw opError('Range', `Requires start ${step > 0 ? '<=' : '>='} limit when delta ${step > 0 ? '>' : '<'} 0: ${first}/${end}`);
  }
  const n = Math.ceil(Math.abs((end - first) / step));
  const values = typedArrayFor(type, n);
  for (let i = 0; i < n; i++) values[i] = first + i * step;
  return tensorFromValues(values, [n], type);
}
