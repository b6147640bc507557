import { runKernel } from '../engine';
import { Reverse } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { kernelError } from '../errors';

/**
 * Reverses the order of elements along each axis in `axis` (TF `tf.reverse`).
 *
 * @example
 * tf.reverse(tf.constant([[1, 2], [3, 4]]), [1]); // [[2. 1.] [4. 3.]]
 */
export function reverse(x: Input, axis: readonly number[]): Tensor {
  const t = convertToTensor(x);
  const seen = new Set<number>();
  axis.forEach((a, i) => {
    const canonical = a < 0 ? a + t.rank : a;
    // TF's text lacks the closing bracket.
    if (!Number.isInteger(a) || canonical < 0 || canonical >= t.rank) {
      throw kernelError(Reverse, `'axis'[${i}] = ${a} is out of valid range [0, ${t.rank - 1}`);
    }
    if (seen.has(canonical)) throw kernelError(Reverse, `axis ${canonical} specified more than once.`);
    seen.add(canonical);
  });
  return runKernel(Reverse, { x: t }, { axis: [...seen].sort((p, q) => p - q) });
}
