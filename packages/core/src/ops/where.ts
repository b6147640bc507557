import { kernelTypeName } from '../dtypes';
import { runKernel } from '../engine';
import { opError } from '../errors';
import { Select } from '../kernel-names';
import { broadcastShapes } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `condition ? a : b`, all three broadcast together (TF `tf.where` with x and y).
 *
 * @example
 * tf.where(tf.constant([true, false]), 1, 2); // [1. 2.]
 */
export function where(condition: Input, a: Input, b: Input): Tensor {
  const c = convertToTensor(condition);
  if (c.dtype !== 'bool') {
    throw opError(Select, `cannot compute ${Select} as input #0(zero-based) was expected to be a bool tensor but is a ${kernelTypeName(c.dtype)} tensor`);
  }
  const [x, y] = binaryOperands(a, b, Select, [...NUMERIC, 'bool']);
  broadcastShapes(c.shape, broadcastShapes(x.shape, y.shape, Select), Select);
  return runKernel(Select, { condition: c, t: x, e: y });
}
