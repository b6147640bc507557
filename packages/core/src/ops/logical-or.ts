import { runKernel } from '../engine';
import { LogicalOr } from '../kernel-names';
import { broadcastShapes } from '../shape';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { boolOperands } from './bool-operands';

/**
 * Element-wise `a || b` of bool tensors with broadcasting (TF `tf.math.logical_or`).
 *
 * @example
 * tf.logicalOr(tf.constant([true, false]), false); // [ True False]
 */
export function logicalOr(a: Input, b: Input): Tensor {
  const [x, y] = boolOperands([a, b], LogicalOr) as [Tensor, Tensor];
  broadcastShapes(x.shape, y.shape, LogicalOr);
  return runKernel(LogicalOr, { a: x, b: y });
}
