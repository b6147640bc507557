import { add, clipByValue, log, multiply, negative, reduceMean, sigmoidCrossEntropyWithLogits, subtract, type Input, type Tensor } from '@tensortape/core';
import { EPSILON, lossOperands, reduceLoss, type LossOptions } from './loss-options';

export interface CrossentropyOptions extends LossOptions {
  /** Whether `yPred` holds logits rather than probabilities. Default false. */
  fromLogits?: boolean;
  /** Moves each target towards the uniform distribution by this fraction. Default 0. */
  labelSmoothing?: number;
}

/**
 * The binary cross-entropy between targets in [0, 1] and predicted probabilities (or logits with
 * `fromLogits`), averaged over the last axis and reduced over samples (Keras
 * `binary_crossentropy`). Probabilities are clipped to [1e-7, 1 - 1e-7] first, as Keras does.
 *
 * @example
 * console.log(tf.binaryCrossentropy([[1, 0]], [[0, 0]], { fromLogits: true }).format()); // 0.6931472
 */
export function binaryCrossentropy(yTrue: Input, yPred: Input, options: CrossentropyOptions = {}): Tensor {
  const [raw, p] = lossOperands(yTrue, yPred);
  const smoothing = options.labelSmoothing ?? 0;
  const t = smoothing === 0 ? raw : add(multiply(raw, 1 - smoothing), 0.5 * smoothing);
  let perElement: Tensor;
  if (options.fromLogits) {
    perElement = sigmoidCrossEntropyWithLogits(t, p);
  } else {
    const q = clipByValue(p, EPSILON, 1 - EPSILON);
    perElement = negative(add(multiply(t, log(q)), multiply(subtract(1, t), log(subtract(1, q)))));
  }
  return reduceLoss(reduceMean(perElement, -1), options);
}
