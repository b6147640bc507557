import { runKernel } from '../engine';
import { opError } from '../errors';
import { Reshape } from '../kernel-names';
import { sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';

/**
 * The same values in another shape (TF `tf.reshape`); one dimension may be -1 and is inferred.
 *
 * @example
 * tf.reshape(tf.range(6), [2, -1]).shape; // [2, 3]
 */
export function reshape(x: Input, shape: readonly number[]): Tensor {
  const t = convertToTensor(x);
  const target = inferReshape(t.size, shape);
  return runKernel(Reshape, { x: t }, { shape: target });
}

function inferReshape(size: number, shape: readonly number[]): number[] {
  const unknown = shape.indexOf(-1);
  if (shape.some((d, i) => !Number.isInteger(d) || d < -1 || (d === -1 && i !== unknown))) {
    throw opError(Reshape, `Invalid shape [${shape.join(',')}]: dimensions must be non-negative integers, with at most one -1`);
  }
  const known = sizeOf(shape.filter((d) => d !== -1));
  const out = [...shape];
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) {
      throw opError(Reshape, `Input to reshape is a tensor with ${size} values, but the requested shape requires a multiple of ${known}`);
    }
    out[unknown] = size / known;
  } else if (known !== size) {
    throw opError(Reshape, `Input to reshape is a tensor with ${size} values, but the requested shape has ${known}`);
  }
  return out;
}
