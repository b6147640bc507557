import { add, clipByValue, divide, log, multiply, negative, reduceSum, softmaxCrossEntropyWithLogits, type Input, type Tensor } from '@tensortape/core';
import type { CrossentropyOptions } from './binary-crossentropy';
import { EPSILON, lossOperands, reduceLoss } from './loss-options';

/**
 * The cross-entropy between one-hot (or soft) targets and predicted class probabilities (or
 * logits with `fromLogits`) along the last axis, reduced over samples (Keras
 * `categorical_crossentropy`). Probabilities are renormalised and clipped to [1e-7, 1 - 1e-7].
 *
 * @example
 * console.log(tf.categoricalCrossentropy([[0, 1]], [[0.25, 0.75]]).format()); // 0.2876821
 */
export function categoricalCrossentropy(yTrue: Input, yPred: Input, options: CrossentropyOptions = {}): Tensor {
  const [raw, p] = lossOperands(yTrue, yPred);
  const smoothing = options.labelSmoothing ?? 0;
  const classes = p.shape[p.rank - 1] ?? 1;
  const t = smoothing === 0 ? raw : add(multiply(raw, 1 - smoothing), smoothing / classes);
  if (options.fromLogits) return reduceLoss(softmaxCrossEntropyWithLogits(t, p), options);
  const q = clipByValue(divide(p, reduceSum(p, -1, true)), EPSILON, 1 - EPSILON);
  return reduceLoss(negative(reduceSum(multiply(t, log(q)), -1)), options);
}
