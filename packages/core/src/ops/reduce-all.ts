import { runKernel } from '../engine';
import { All } from '../kernel-names';
import { reductionAxes } from '../shape';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { boolOperands } from './bool-operands';

/**
 * Logical and over `axis` of a bool tensor (all axes when omitted), dropping the reduced
 * dimensions unless `keepdims` (TF `tf.reduce_all`). An empty reduction gives true.
 *
 * @example
 * tf.reduceAll(tf.constant([[true, false], [true, true]]), 1); // [False  True]
 */
export function reduceAll(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const [t] = boolOperands([x], All) as [Tensor];
  return runKernel(All, { x: t }, { axis: reductionAxes(axis, t.rank, All), keepDims: keepdims });
}
