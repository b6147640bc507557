import { Sum } from '../kernel-names';
import { reductionAxes } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { reduceMean } from './reduce-mean';
import { reshape } from './reshape';
import { squaredDifference } from './squared-difference';
import { stopGradient } from './stop-gradient';

/**
 * The mean and variance of `x` over `axes` (TF `tf.nn.moments`), as TF computes them: the
 * variance is the mean squared difference from the mean with the mean's gradient stopped (which
 * changes second derivatives, not first ones).
 *
 * @example
 * const [mean, variance] = tf.moments(tf.constant([1, 2, 3, 4]), [0]); // 2.5, 1.25
 */
export function moments(x: Input, axes: number | readonly number[], keepdims = false): [Tensor, Tensor] {
  const t = convertToTensor(x);
  const reduced = reductionAxes(axes, t.rank, Sum);
  const mean = reduceMean(t, reduced, true);
  const variance = reduceMean(squaredDifference(t, stopGradient(mean)), reduced, true);
  if (keepdims) return [mean, variance];
  const shape = t.shape.filter((_, i) => !reduced.includes(i));
  return [reshape(mean, shape), reshape(variance, shape)];
}
