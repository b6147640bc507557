import { ValueError } from '../errors';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { reshape } from './reshape';
import { split } from './split';

/**
 * Splits along `axis` into slices without that axis (TF `tf.unstack`). A composite of `split`
 * and `reshape`, so it needs no kernel of its own.
 *
 * @example
 * tf.unstack(tf.constant([[1, 2], [3, 4]]), 1); // [1. 3.], [2. 4.]
 */
export function unstack(value: Input, axis = 0): Tensor[] {
  const t = convertToTensor(value);
  if (!Number.isInteger(axis) || axis < -t.rank || axis >= t.rank) {
    throw new ValueError(`Argument \`axis\` = ${axis} not in range [${-t.rank}, ${t.rank})`);
  }
  const ax = axis < 0 ? axis + t.rank : axis;
  const n = t.shape[ax] as number;
  if (n === 0) return [];
  const shape = t.shape.filter((_, i) => i !== ax);
  return split(t, n, ax).map((part) => reshape(part, shape));
}
