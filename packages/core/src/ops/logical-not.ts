import { kernelTypeName } from '../dtypes';
import { runKernel } from '../engine';
import { opError } from '../errors';
import { LogicalNot } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';

/**
 * Element-wise NOT of a bool tensor (TF `tf.math.logical_not`).
 *
 * @example
 * tf.logicalNot(tf.constant([true, false])); // [False  True]
 */
export function logicalNot(x: Input): Tensor {
  const t = convertToTensor(x);
  if (t.dtype !== 'bool') {
    throw opError(
      LogicalNot,
      `cannot compute ${LogicalNot} as input #0(zero-based) was expected to be a bool tensor but is a ${kernelTypeName(t.dtype)} tensor`,
    );
  }
  return runKernel(LogicalNot, { x: t });
}
