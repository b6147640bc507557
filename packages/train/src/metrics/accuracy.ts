import { argMax, cast, convertToTensor, equal, greater, isTensorOrVariable, reduceMean, squeeze, type Input, type Tensor } from '@tensortape/core';

/** The fraction of true entries of a bool tensor, as a float32 scalar. */
function fractionTrue(hits: Tensor): Tensor {
  return reduceMean(cast(hits, 'float32'));
}

/** Targets compared as the predictions' dtype. */
function asDTypeOf(yTrue: Input, pred: Tensor): Tensor {
  return isTensorOrVariable(yTrue) ? cast(yTrue, pred.dtype) : convertToTensor(yTrue, pred.dtype);
}

/**
 * The fraction of predictions equal to their targets (Keras `accuracy`), as a float32 scalar.
 *
 * @example
 * console.log(tf.accuracy([1, 2, 3, 4], [0, 2, 3, 4]).numpy()); // 0.75
 */
export function accuracy(yTrue: Input, yPred: Input): Tensor {
  const pred = convertToTensor(yPred);
  return fractionTrue(equal(asDTypeOf(yTrue, pred), pred));
}

/**
 * The fraction of probabilities on the right side of `threshold` (Keras `binary_accuracy`): a
 * prediction above the threshold counts as 1.
 *
 * @example
 * console.log(tf.binaryAccuracy([1, 1, 0, 0], [0.98, 0.3, 0.2, 0.6]).numpy()); // 0.5
 */
export function binaryAccuracy(yTrue: Input, yPred: Input, threshold = 0.5): Tensor {
  const pred = convertToTensor(yPred);
  return fractionTrue(equal(asDTypeOf(yTrue, pred), cast(greater(pred, threshold), pred.dtype)));
}

/**
 * The fraction of samples whose most probable class is the target's (Keras
 * `categorical_accuracy`, one-hot targets).
 *
 * @example
 * console.log(tf.categoricalAccuracy([[0, 1], [1, 0]], [[0.1, 0.9], [0.2, 0.8]]).numpy()); // 0.5
 */
export function categoricalAccuracy(yTrue: Input, yPred: Input): Tensor {
  return fractionTrue(equal(argMax(yTrue, -1), argMax(yPred, -1)));
}

/**
 * The fraction of samples whose most probable class is their integer label (Keras
 * `sparse_categorical_accuracy`). Labels may be int32, whole floats, or have a trailing axis of 1.
 *
 * @example
 * console.log(tf.sparseCategoricalAccuracy([1, 0], [[0.1, 0.9], [0.2, 0.8]]).numpy()); // 0.5
 */
export function sparseCategoricalAccuracy(yTrue: Input, yPred: Input): Tensor {
  const pred = convertToTensor(yPred);
  let labels = isTensorOrVariable(yTrue) ? convertToTensor(yTrue) : convertToTensor(yTrue, 'int32');
  if (labels.rank === pred.rank && labels.shape[labels.rank - 1] === 1) labels = squeeze(labels, -1);
  if (labels.dtype !== 'int32') labels = cast(labels, 'int32');
  return fractionTrue(equal(labels, argMax(pred, -1)));
}
