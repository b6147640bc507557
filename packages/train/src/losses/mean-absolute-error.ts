import { abs, reduceMean, subtract, type Input, type Tensor } from '@tensortape/core';
import { lossOperands, reduceLoss, type LossOptions } from './loss-options';

/**
 * The mean of `|yPred - yTrue|` over the last axis, reduced over samples (Keras
 * `mean_absolute_error`).
 *
 * @example
 * console.log(tf.meanAbsoluteError([[0, 1], [0, 0]], [[1, 1], [1, 0]]).numpy()); // 0.5
 */
export function meanAbsoluteError(yTrue: Input, yPred: Input, options: LossOptions = {}): Tensor {
  const [t, p] = lossOperands(yTrue, yPred);
  return reduceLoss(reduceMean(abs(subtract(p, t)), -1), options);
}
