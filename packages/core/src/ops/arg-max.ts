import { runKernel } from '../engine';
import { ArgMax } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { argAxis } from './arg-axis';
import { checkDType, NUMERIC } from './check-dtype';

/**
 * Index of the largest value along `axis` (TF `tf.math.argmax`; `axis` defaults to 0), the
 * first one on ties. The result is int32 (TF's default is int64, which tensortape lacks) and has
 * no gradient.
 *
 * @example
 * tf.argMax(tf.constant([[1, 5], [3, 4]]), 1); // [1 0]
 */
export function argMax(x: Input, axis = 0): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, ArgMax);
  return runKernel(ArgMax, { x: t }, { axis: argAxis(axis, t.shape, ArgMax) });
}
