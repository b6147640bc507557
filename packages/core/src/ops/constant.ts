import { type DType, typedArrayFor } from '../dtypes';
import { tensorFromValues } from '../engine';
import { ValueError } from '../errors';
import { sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { flatten, toTypedArray, type TensorLike } from '../tensor-like';

export interface ConstantOptions {
  /** Plain numbers infer float32, booleans bool, bigints int32; typed arrays keep their type. */
  dtype?: DType;
  /** Reshapes the values (same size), or fills it with a single value. */
  shape?: readonly number[];
}

/**
 * A tensor from JS data (TF `tf.constant`).
 *
 * @example
 * tf.constant([[1, 2], [3, 4]]);             // float32, shape [2, 2]
 * tf.constant([1n, 2n]);                     // int32
 * tf.constant([1, 2], { dtype: 'float64' }); // float64
 * tf.constant(0, { shape: [2, 3] });          // zeros of shape [2, 3]
 */
export function constant(value: TensorLike, options: ConstantOptions = {}): Tensor {
  const flat = flatten(value);
  const dtype = options.dtype ?? flat.dtype;
  let values = toTypedArray(flat.values, dtype);
  let shape: readonly number[] = flat.shape;
  if (options.shape) {
    const size = sizeOf(options.shape);
    if (values.length === 1 && size !== 1) {
      values = typedArrayFor(dtype, size).fill(values[0] as number);
    } else if (values.length !== size) {
      throw new ValueError(`Eager execution of tf.constant with unsupported shape. Tried to convert a tensor with ${values.length} elements to shape (${options.shape.join(', ')}) (${size} elements).`);
    }
    shape = [...options.shape];
  }
  return tensorFromValues(values, shape, dtype);
}
