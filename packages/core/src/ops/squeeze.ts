import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { kernelError } from '../errors';
import { reshape } from './reshape';

/**
 * Removes dimensions of size 1 (TF `tf.squeeze`): those in `axis`, or all of them. A reshape, so
 * it needs no kernel of its own.
 *
 * @example
 * tf.squeeze(tf.zeros([1, 2, 1])).shape;    // [2]
 * tf.squeeze(tf.zeros([1, 2, 1]), 2).shape; // [1, 2]
 */
export function squeeze(x: Input, axis?: number | readonly number[]): Tensor {
  const t = convertToTensor(x);
  const drop = new Set<number>();
  if (axis === undefined) {
    t.shape.forEach((d, i) => d === 1 && drop.add(i));
  } else {
    for (const a of typeof axis === 'number' ? [axis] : axis) {
      if (!Number.isInteger(a) || a < -t.rank || a >= t.rank) {
        throw kernelError('Squeeze', `Tried to squeeze dim index ${a} for tensor with ${t.rank} dimensions.`);
      }
      const which = a < 0 ? a + t.rank : a;
      if (t.shape[which] !== 1) {
        throw kernelError('Squeeze', `Can not squeeze dim[${which}], expected a dimension of 1, got ${t.shape[which]}`);
      }
      drop.add(which);
    }
  }
  return reshape(t, t.shape.filter((_, i) => !drop.has(i)));
}
