import { runKernel } from '../engine';
import { Cumprod } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';
import { scanAxis } from './scan-axis';

/**
 * Running products along `axis` (TF `tf.math.cumprod`). `exclusive` leaves each element out of
 * its own product (so the first is 1); `reverse` runs from the end of the axis.
 *
 * @example
 * tf.cumprod(tf.constant([1, 2, 3])); // [1. 2. 6.]
 * tf.cumprod(tf.constant([1, 2, 3]), 0, true); // [1. 1. 2.]
 */
export function cumprod(x: Input, axis = 0, exclusive = false, reverse = false): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, Cumprod);
  return runKernel(Cumprod, { x: t }, { axis: scanAxis(axis, t.rank, Cumprod), exclusive, reverse });
}
