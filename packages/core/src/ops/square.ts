import { runKernel } from '../engine';
import { Square } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { NUMERIC, checkDType } from './check-dtype';

/**
 * Element-wise `x * x` (TF `tf.square`).
 *
 * @example
 * tf.square(tf.constant(3)); // 9.0
 */
export function square(x: Input): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, NUMERIC, Square);
  return runKernel(Square, { x: t });
}
