import { abs, lessEqual, multiply, reduceMean, square, subtract, where, ValueError, type Input, type Tensor } from '@tensortape/core';
import { lossOperands, reduceLoss, type LossOptions } from './loss-options';

export interface HuberOptions extends LossOptions {
  /** Where the loss turns from quadratic to linear. Default 1. */
  delta?: number;
}

/**
 * The Huber loss (Keras `huber`): with `e = yPred - yTrue`, `e²/2` where `|e| <= delta` and
 * `delta·|e| - delta²/2` beyond, averaged over the last axis and reduced over samples.
 *
 * @example
 * console.log(tf.huber([[0, 0]], [[0.5, 3]]).numpy()); // 1.3125
 */
export function huber(yTrue: Input, yPred: Input, options: HuberOptions = {}): Tensor {
  const delta = options.delta ?? 1;
  if (!(delta > 0)) throw new ValueError(`Argument \`delta\` must be > 0. Received: delta=${delta}`);
  const [t, p] = lossOperands(yTrue, yPred);
  const error = subtract(p, t);
  const absError = abs(error);
  const quadratic = multiply(square(error), 0.5);
  const linear = subtract(multiply(absError, delta), 0.5 * delta * delta);
  return reduceLoss(reduceMean(where(lessEqual(absError, delta), quadratic, linear), -1), options);
}
