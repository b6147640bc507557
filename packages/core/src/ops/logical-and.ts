import { runKernel } from '../engine';
import { LogicalAnd } from '../kernel-names';
import { broadcastShapes } from '../shape';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { boolOperands } from './bool-operands';

/**
 * Element-wise `a && b` of bool tensors with broadcasting (TF `tf.math.logical_and`).
 *
 * @example
 * tf.logicalAnd(tf.constant([true, false]), true); // [ True False]
 */
export function logicalAnd(a: Input, b: Input): Tensor {
  const [x, y] = boolOperands([a, b], LogicalAnd) as [Tensor, Tensor];
  broadcastShapes(x.shape, y.shape, LogicalAnd);
  return runKernel(LogicalAnd, { a: x, b: y });
}
