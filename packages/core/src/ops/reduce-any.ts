import { runKernel } from '../engine';
import { Any } from '../kernel-names';
import { reductionAxes } from '../shape';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { boolOperands } from './bool-operands';

/**
 * Logical or over `axis` of a bool tensor (all axes when omitted), dropping the reduced
 * dimensions unless `keepdims` (TF `tf.reduce_any`). An empty reduction gives false.
 *
 * @example
 * tf.reduceAny(tf.constant([[true, false], [false, false]]), 1); // [ True False]
 */
export function reduceAny(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const [t] = boolOperands([x], Any) as [Tensor];
  return runKernel(Any, { x: t }, { axis: reductionAxes(axis, t.rank, Any), keepDims: keepdims });
}
