import type { DType } from '../dtypes';
import { runKernel } from '../engine';
import { OneHot } from '../kernel-names';
import type { Tensor } from '../tensor';
import { toTypedArray, type Input, type ScalarLike } from '../tensor-like';
import { indexOperand } from './index-operand';
import { kernelError } from '../errors';

/**
 * One-hot vectors along a new `axis` (TF `tf.one_hot`): `onValue` where the index matches,
 * `offValue` elsewhere, and all `offValue` for indices outside [0, depth). The dtype is `dtype`,
 * or else that of `onValue` (float32 for a JS number, int32 for a bigint, bool for a boolean).
 *
 * @example
 * tf.oneHot([0, 2], 3); // [[1. 0. 0.] [0. 0. 1.]]
 */
export function oneHot(
  indices: Input,
  depth: number,
  onValue?: ScalarLike,
  offValue?: ScalarLike,
  axis = -1,
  dtype?: DType,
): Tensor {
  const idx = indexOperand(indices, OneHot, 'TI', 'uint8, int8, int32, int64');
  const sample = onValue ?? offValue;
  const type: DType = dtype ?? (typeof sample === 'bigint' ? 'int32' : typeof sample === 'boolean' ? 'bool' : 'float32');
  const [on, off] = toTypedArray([onValue ?? (type === 'bool' ? true : 1), offValue ?? (type === 'bool' ? false : 0)], type);
  if (!Number.isInteger(depth) || depth < 0) throw kernelError(OneHot, `depth must be non-negative, got: ${depth}`);
  const rank = idx.rank + 1;
  if (!Number.isInteger(axis) || axis < -1 || axis >= rank) {
    throw kernelError(OneHot, `Expected axis to be -1 or between [0, ${rank}).  But received: ${axis}`);
  }
  return runKernel(OneHot, { indices: idx }, { depth, onValue: on as number, offValue: off as number, axis: axis < 0 ? idx.rank : axis, dtype: type });
}
