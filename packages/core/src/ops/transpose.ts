import { runKernel } from '../engine';
import { Transpose } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { kernelError } from '../errors';

/**
 * Permutes the dimensions (TF `tf.transpose`): output axis i is input axis `perm[i]`; without
 * `perm` the axes are reversed.
 *
 * @example
 * tf.transpose(tf.constant([[1, 2, 3], [4, 5, 6]])); // [[1. 4.] [2. 5.] [3. 6.]]
 * tf.transpose(tf.zeros([2, 3, 4]), [1, 0, 2]).shape; // [3, 2, 4]
 */
export function transpose(x: Input, perm?: readonly number[]): Tensor {
  const t = convertToTensor(x);
  const rank = t.rank;
  const p = perm ?? Array.from({ length: rank }, (_, i) => rank - 1 - i);
  if (p.length !== rank) {
    throw kernelError(Transpose, `transpose expects a vector of size ${rank}. But input(1) is a vector of size ${p.length}`);
  }
  const seen = new Array<boolean>(rank).fill(false);
  for (const d of p) {
    if (!Number.isInteger(d) || d < 0 || d >= rank) throw kernelError(Transpose, `${d} is out of range [0 .. ${rank})`);
    seen[d] = true;
  }
  const missing = seen.indexOf(false);
  if (missing >= 0) throw kernelError(Transpose, `${missing} is missing from {${p.join(',')}}.`);
  return runKernel(Transpose, { x: t }, { perm: [...p] });
}
