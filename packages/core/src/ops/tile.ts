import { runKernel } from '../engine';
import { Tile } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { kernelError } from '../errors';

/**
 * Repeats `x` `multiples[i]` times along each axis i (TF `tf.tile`).
 *
 * @example
 * tf.tile(tf.constant([[1, 2]]), [2, 2]); // [[1. 2. 1. 2.] [1. 2. 1. 2.]]
 */
export function tile(x: Input, multiples: readonly number[]): Tensor {
  const t = convertToTensor(x);
  if (multiples.length !== t.rank) {
    throw kernelError(Tile, `Expected multiples argument to be a vector of length ${t.rank} but got length ${multiples.length}`);
  }
  multiples.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 0) throw kernelError(Tile, `Expected multiples[${i}] >= 0, but got ${m}`);
  });
  return runKernel(Tile, { x: t }, { multiples: [...multiples] });
}
