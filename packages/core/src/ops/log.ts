import { runKernel } from '../engine';
import { Log } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { FLOATS, checkDType } from './check-dtype';

/**
 * Element-wise natural logarithm (TF `tf.math.log`).
 *
 * @example
 * tf.log(tf.constant(1)); // 0.0
 */
export function log(x: Input): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, FLOATS, Log);
  return runKernel(Log, { x: t });
}
