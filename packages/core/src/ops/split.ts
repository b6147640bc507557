import { runKernelMulti } from '../engine';
import { kernelError, opError } from '../errors';
import { SplitV } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';

/**
 * Splits along `axis` (TF `tf.split`): into `numOrSizeSplits` equal parts, or into parts of the
 * given sizes, one of which may be -1 (the rest).
 *
 * @example
 * tf.split(tf.range(6), 3);          // [0. 1.], [2. 3.], [4. 5.]
 * tf.split(tf.range(6), [1, -1], 0); // [0.], [1. 2. 3. 4. 5.]
 */
export function split(value: Input, numOrSizeSplits: number | readonly number[], axis = 0): Tensor[] {
  const t = convertToTensor(value);
  const even = typeof numOrSizeSplits === 'number';
  const num = even ? numOrSizeSplits : numOrSizeSplits.length;
  const opName = even ? 'Split' : SplitV;
  const fn = `${opName}_num_split_${num}`;
  if (even && (!Number.isInteger(num) || num < 1)) {
    throw opError(opName, `Value for attr 'num_split' of ${num} must be at least minimum 1`);
  }
  if (!Number.isInteger(axis) || axis < -t.rank || axis >= t.rank) {
    throw kernelError(opName, `-input rank(-${t.rank}) <= split_dim < input rank (${t.rank}), but got ${axis}`, fn);
  }
  const ax = axis < 0 ? axis + t.rank : axis;
  const size = t.shape[ax] as number;
  let sizes: number[];
  if (even) {
    if (size % num !== 0) {
      throw kernelError(
        opName,
        `Number of ways to split should evenly divide the split dimension, but got split_dim ${ax} (size = ${size}) and num_split ${num}`,
        fn,
      );
    }
    sizes = new Array<number>(num).fill(size / num);
  } else {
    sizes = resolveSizes(numOrSizeSplits as readonly number[], size, fn);
  }
  return runKernelMulti(SplitV, { x: t }, { sizeSplits: sizes, axis: ax });
}

/** Fills in a -1 size and checks the sizes against the split dimension, as TF's SplitV does. */
function resolveSizes(sizeSplits: readonly number[], size: number, fn: string): number[] {
  const unknown = sizeSplits.indexOf(-1);
  if (unknown >= 0 && sizeSplits.indexOf(-1, unknown + 1) >= 0) throw kernelError(SplitV, 'There can only be one -1 in the input.', fn);
  const determined = sizeSplits.reduce((s, d, i) => (i === unknown ? s : s + d), 0);
  if ((unknown < 0 && determined !== size) || (unknown >= 0 && determined > size)) {
    throw kernelError(
      SplitV,
      'Determined shape must either match input shape along split_dim exactly if fully specified, or be less than the size of the ' +
        `input along split_dim if not fully specified.  Got: ${determined}`,
      fn,
    );
  }
  const sizes = sizeSplits.map((d, i) => (i === unknown ? size - determined : d));
  sizes.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 0) throw kernelError(SplitV, `Split size at index ${i} must be >= 0. Got: ${d}`, fn);
  });
  return sizes;
}
