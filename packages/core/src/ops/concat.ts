import { runKernel } from '../engine';
import { kernelError, ValueError } from '../errors';
import { Concat } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { identity } from './identity';
import { listOperands } from './list-operands';

/**
 * Joins tensors along an existing axis (TF `tf.concat`); every other dimension must match.
 *
 * @example
 * tf.concat([tf.constant([[1, 2]]), tf.constant([[3, 4]])], 0); // [[1. 2.] [3. 4.]]
 */
export function concat(values: readonly Input[], axis: number): Tensor {
  if (values.length === 0) {
    throw new ValueError("List argument 'values' to 'ConcatV2' Op with length 0 shorter than minimum length 2.");
  }
  const tensors = listOperands(values, Concat);
  const first = tensors[0] as Tensor;
  if (tensors.length === 1) return identity(first);
  const rank = first.rank;
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw kernelError(Concat, `ConcatOp : Expected concatenating dimensions in the range [${-rank}, ${rank}), but got ${axis}`);
  }
  const ax = axis < 0 ? axis + rank : axis;
  const inputs: Record<string, Tensor> = {};
  tensors.forEach((t, i) => {
    const shapes = `shape[0] = [${first.shape.join(',')}] vs. shape[${i}] = [${t.shape.join(',')}]`;
    if (t.rank !== rank) throw kernelError(Concat, `ConcatOp : Ranks of all input tensors should match: ${shapes}`);
    const j = t.shape.findIndex((d, k) => k !== ax && d !== first.shape[k]);
    if (j >= 0) throw kernelError(Concat, `ConcatOp : Dimension ${j} in both shapes must be equal: ${shapes}`);
    inputs[`values${i}`] = t;
  });
  return runKernel(Concat, inputs, { axis: ax });
}
