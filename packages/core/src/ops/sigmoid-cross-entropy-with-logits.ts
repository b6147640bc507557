import { ValueError } from '../errors';
import { formatShape } from '../printing';
import { shapesEqual } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';
import { add } from './add';
import { exp } from './exp';
import { greaterEqual } from './greater-equal';
import { log1p } from './log1p';
import { multiply } from './multiply';
import { negative } from './negative';
import { subtract } from './subtract';
import { where } from './where';
import { zerosLike } from './zeros-like';

/**
 * The logistic loss of `logits` against the probabilities `labels`, element-wise (TF
 * `tf.nn.sigmoid_cross_entropy_with_logits`), in TF's stable form
 * `max(x, 0) - x * z + log(1 + exp(-|x|))`. As in TF, `max` and `|x|` are selects on `x >= 0`, so
 * the gradient at 0 is `sigmoid(0) - z`. Plain-data labels take the logits' dtype.
 *
 * @example
 * tf.sigmoidCrossEntropyWithLogits(tf.constant([1, 0]), tf.constant([0, 0])); // [0.6931472 0.6931472]
 */
export function sigmoidCrossEntropyWithLogits(labels: Input, logits: Input): Tensor {
  const x = convertToTensor(logits);
  const z = isTensorOrVariable(labels) ? convertToTensor(labels) : convertToTensor(labels, x.dtype);
  if (!shapesEqual(x.shape, z.shape)) {
    throw new ValueError(`\`logits\` and \`labels\` must have the same shape, received (${formatShape(x.shape)} vs ${formatShape(z.shape)}).`);
  }
  const zeros = zerosLike(x);
  const nonNegative = greaterEqual(x, zeros);
  const reluLogits = where(nonNegative, x, zeros);
  const negAbsLogits = where(nonNegative, negative(x), x);
  return add(subtract(reluLogits, multiply(x, z)), log1p(exp(negAbsLogits)));
}
