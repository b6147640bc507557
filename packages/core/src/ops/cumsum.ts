import { runKernel } from '../engine';
import { Cumsum } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';
import { scanAxis } from './scan-axis';

/**
 * Running sums along `axis` (TF `tf.math.cumsum`). `exclusive` leaves each element out of its
 * own sum (so the first is 0); `reverse` runs from the end of the axis.
 *
 * @example
 * tf.cumsum(tf.constant([1, 2, 3])); // [1. 3. 6.]
 * tf.cumsum(tf.constant([1, 2, 3]), 0, true, true); // [5. 3. 0.]
 */
export function cumsum(x: Input, axis = 0, exclusive = false, reverse = false): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, Cumsum);
  return runKernel(Cumsum, { x: t }, { axis: scanAxis(axis, t.rank, Cumsum), exclusive, reverse });
}
