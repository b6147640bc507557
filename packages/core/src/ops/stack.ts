import { kernelError, ValueError } from '../errors';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { concat } from './concat';
import { expandDims } from './expand-dims';
import { listOperands } from './list-operands';

/**
 * Joins tensors of one shape along a new axis (TF `tf.stack`). A composite of `expandDims` and
 * `concat`, so it needs no kernel of its own.
 *
 * @example
 * tf.stack([tf.constant([1, 2]), tf.constant([3, 4])], 1); // [[1. 3.] [2. 4.]]
 */
export function stack(values: readonly Input[], axis = 0): Tensor {
  if (values.length === 0) {
    throw new ValueError("List argument 'values' to 'Pack' Op with length 0 shorter than minimum length 1.");
  }
  const tensors = listOperands(values, 'Pack');
  const first = tensors[0] as Tensor;
  const expanded = first.rank + 1;
  if (!Number.isInteger(axis) || axis < -expanded || axis >= expanded) {
    throw new ValueError(`Argument \`axis\` = ${axis} not in range [${-expanded}, ${expanded})`);
  }
  tensors.forEach((t, i) => {
    if (t.shape.length !== first.rank || t.shape.some((d, k) => d !== first.shape[k])) {
      throw kernelError('Pack', `Shapes of all inputs must match: values[0].shape = [${first.shape.join(',')}] != values[${i}].shape = [${t.shape.join(',')}]`);
    }
  });
  const ax = axis < 0 ? axis + expanded : axis;
  return concat(tensors.map((t) => expandDims(t, ax)), ax);
}
