import { runKernel } from '../engine';
import { Slice } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { kernelError } from '../errors';

/**
 * The block of `size` elements starting at `begin` (TF `tf.slice`); a size of -1 takes the rest
 * of that dimension.
 *
 * @example
 * tf.slice(tf.constant([[1, 2, 3], [4, 5, 6]]), [0, 1], [2, -1]); // [[2. 3.] [5. 6.]]
 */
export function slice(x: Input, begin: readonly number[], size: readonly number[]): Tensor {
  const t = convertToTensor(x);
  if (begin.length !== t.rank || size.length !== t.rank) {
    throw kernelError(
      Slice,
      `Expected begin and size arguments to be 1-D tensors of size ${t.rank}, but got shapes [${begin.length}] and [${size.length}] instead.`,
    );
  }
  const resolved = t.shape.map((d, i) => {
    const b = begin[i] as number;
    const s = size[i] as number;
    if (!Number.isInteger(b) || b < 0 || b > d) throw kernelError(Slice, `Expected begin[${i}] in [0, ${d}], but got ${b}`);
    const n = s === -1 ? d - b : s;
    if (!Number.isInteger(n) || n < 0 || b + n > d) throw kernelError(Slice, `Expected size[${i}] in [0, ${d - b}], but got ${s}`);
    return n;
  });
  return runKernel(Slice, { x: t }, { begin: [...begin], size: resolved });
}
