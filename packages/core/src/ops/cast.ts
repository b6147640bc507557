import type { DType } from '../dtypes';
import { runKernel } from '../engine';
import { Cast } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';

/**
 * Converts to another dtype (TF `tf.cast`): floats to int32 truncate toward zero, anything to
 * bool is `x != 0`.
 *
 * @example
 * tf.cast(tf.constant([1.7, -1.7]), 'int32'); // [ 1 -1]
 */
export function cast(x: Input, dtype: DType): Tensor {
  const t = convertToTensor(x);
  if (t.dtype === dtype) return t;
  return runKernel(Cast, { x: t }, { dtype });
}
