import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { divide } from './divide';
import { greater } from './greater';
import { maximum } from './maximum';
import { multiply } from './multiply';
import { reduceSum } from './reduce-sum';
import { sqrt } from './sqrt';
import { where } from './where';
import { onesLike } from './zeros-like';

/**
 * Rescales `t` so that its L2 norm over `axes` (all axes by default) is at most `clipNorm` (TF
 * `tf.clip_by_norm`): t * clipNorm / max(norm, clipNorm). Written as TF writes it, so a zero
 * tensor has a zero (not nan) gradient.
 *
 * @example
 * tf.clipByNorm(tf.constant([3, 4]), 1); // [0.6 0.8]
 */
export function clipByNorm(t: Input, clipNorm: Input, axes?: number | readonly number[]): Tensor {
  const x = convertToTensor(t);
  const l2sum = reduceSum(multiply(x, x), axes, true);
  const positive = greater(l2sum, 0);
  const l2norm = where(positive, sqrt(where(positive, l2sum, onesLike(l2sum))), l2sum);
  return divide(multiply(x, clipNorm), maximum(l2norm, clipNorm));
}
