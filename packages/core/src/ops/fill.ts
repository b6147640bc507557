import { type DType, typedArrayFor } from '../dtypes';
import { tensorFromValues } from '../engine';
import { checkShape, sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { toTypedArray, type ScalarLike } from '../tensor-like';

/**
 * A tensor of `shape` with every element `value` (TF `tf.fill`). The dtype is inferred from the
 * value as in `tf.constant` unless given.
 *
 * @example
 * tf.fill([2, 2], 7); // [[7. 7.] [7. 7.]]
 */
export function fill(shape: readonly number[], value: ScalarLike, dtype?: DType): Tensor {
  checkShape(shape);
  const inferred: DType = dtype ?? (typeof value === 'boolean' ? 'bool' : typeof value === 'bigint' ? 'int32' : 'float32');
  const one = toTypedArray([value], inferred);
  const values = typedArrayFor(inferred, sizeOf(shape));
  if (one[0] !== 0) values.fill(one[0] as number);
  return tensorFromValues(values, [...shape], inferred);
}

/**
 * A tensor of zeros (TF `tf.zeros`).
 *
 * @example
 * tf.zeros([2, 3]); // float32 zeros
 */
export function zeros(shape: readonly number[], dtype: DType = 'float32'): Tensor {
  checkShape(shape);
  return tensorFromValues(typedArrayFor(dtype, sizeOf(shape)), [...shape], dtype);
}

/**
 * A tensor of ones (TF `tf.ones`).
 *
 * @example
 * tf.ones([3], 'int32'); // [1 1 1]
 */
export function ones(shape: readonly number[], dtype: DType = 'float32'): Tensor {
  return fill(shape, dtype === 'bool' ? true : 1, dtype);
}
