import { runKernel } from '../engine';
import { ArgMin } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { argAxis } from './arg-axis';
import { checkDType, NUMERIC } from './check-dtype';

/**
 * Index of the smallest value along `axis` (TF `tf.math.argmin`; `axis` defaults to 0), the
 * first one on ties. The result is int32 (TF's default is int64, which tensortape lacks) and has
 * no gradient.
 *
 * @example
 * tf.argMin(tf.constant([[1, 5], [3, 4]]), 1); // [0 0]
 */
export function argMin(x: Input, axis = 0): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, ArgMin);
  return runKernel(ArgMin, { x: t }, { axis: argAxis(axis, t.shape, ArgMin) });
}
