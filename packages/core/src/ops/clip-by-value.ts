import { ValueError } from '../errors';
import { formatShape } from '../printing';
import { shapesEqual, type Shape } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { maximum } from './maximum';
import { minimum } from './minimum';

/** The bounds may broadcast into `t` but must not grow it (TF's shape assertion). */
function checkCompatible(t: Shape, clipped: Shape): void {
  if (!shapesEqual(t, clipped)) throw new ValueError(`Shapes ${formatShape(t)} and ${formatShape(clipped)} are incompatible`);
}

/**
 * Clamps `t` element-wise to [`clipValueMin`, `clipValueMax`] (TF `tf.clip_by_value`). A
 * composite of `minimum` and `maximum` as in TF, so the gradient flows where
 * `clipValueMin <= t <= clipValueMax`, ties included.
 *
 * @example
 * tf.clipByValue(tf.constant([-2, 0.5, 3]), -1, 1); // [-1.   0.5  1. ]
 */
export function clipByValue(t: Input, clipValueMin: Input, clipValueMax: Input): Tensor {
  const values = convertToTensor(t);
  const upper = minimum(values, clipValueMax);
  checkCompatible(values.shape, upper.shape);
  const clipped = maximum(upper, clipValueMin);
  checkCompatible(values.shape, clipped.shape);
  return clipped;
}
