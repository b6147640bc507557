import { runKernel } from '../engine';
import { Neg } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { NUMERIC, checkDType } from './check-dtype';

/**
 * Element-wise `-x` (TF `tf.negative`).
 *
 * @example
 * tf.negative(tf.constant([1, -2])); // [-1.  2.]
 */
export function negative(x: Input): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, Neg);
  return runKernel(Neg, { x: t });
}
