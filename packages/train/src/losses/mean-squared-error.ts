import { reduceMean, squaredDifference, type Input, type Tensor } from '@tensortape/core';
import { lossOperands, reduceLoss, type LossOptions } from './loss-options';

/**
 * The mean of `(yPred - yTrue)²` over the last axis, reduced over samples (Keras
 * `mean_squared_error`; the `'sum_over_batch_size'` reduction of Keras's `MeanSquaredError` by
 * default, per sample with `reduction: 'none'`).
 *
 * @example
 * console.log(tf.meanSquaredError([[0, 1], [0, 0]], [[1, 1], [1, 0]]).numpy()); // 0.5
 */
export function meanSquaredError(yTrue: Input, yPred: Input, options: LossOptions = {}): Tensor {
  const [t, p] = lossOperands(yTrue, yPred);
  return reduceLoss(reduceMean(squaredDifference(p, t), -1), options);
}
