import {
  cast,
  clipByValue,
  convertToTensor,
  isTensorOrVariable,
  log,
  sparseSoftmaxCrossEntropyWithLogits,
  squeeze,
  ValueError,
  type Input,
  type Tensor,
} from '@tensortape/core';
import { EPSILON, reduceLoss, type LossOptions } from './loss-options';

export interface SparseCrossentropyOptions extends LossOptions {
  /** Whether `yPred` holds logits rather than probabilities. Default false. */
  fromLogits?: boolean;
}

/**
 * The cross-entropy between integer class labels and predicted class probabilities (or logits
 * with `fromLogits`) along the last axis, reduced over samples (Keras
 * `sparse_categorical_crossentropy`). Labels may be int32 or whole floats; a label outside
 * [0, classes) is an error.
 *
 * @example
 * const logits = tf.constant([[2, 0, 0], [0, 0, 2]]);
 * console.log(tf.sparseCategoricalCrossentropy([0, 2], logits, { fromLogits: true }).format()); // 0.23954476
 */
export function sparseCategoricalCrossentropy(yTrue: Input, yPred: Input, options: SparseCrossentropyOptions = {}): Tensor {
  const pred = convertToTensor(yPred);
  if (pred.dtype !== 'float32' && pred.dtype !== 'float64') throw new ValueError(`\`y_pred\` must be a float tensor. Received: dtype=${pred.dtype}`);
  let labels = isTensorOrVariable(yTrue) ? convertToTensor(yTrue) : convertToTensor(yTrue, 'int32');
  if (labels.dtype !== 'int32') labels = cast(labels, 'int32');
  // Labels of shape [n, 1] pair with predictions [n, classes], as in Keras.
  if (labels.rank === pred.rank && labels.shape[labels.rank - 1] === 1) labels = squeeze(labels, -1);
  // Log-probabilities are logits whose softmax is the (renormalised) probabilities, as Keras uses them.
  const logits = options.fromLogits ? pred : log(clipByValue(pred, EPSILON, 1 - EPSILON));
  return reduceLoss(sparseSoftmaxCrossEntropyWithLogits(labels, logits), options);
}
