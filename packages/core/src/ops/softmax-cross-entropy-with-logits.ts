import { sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { cast } from './cast';
import { checkDType, FLOATS } from './check-dtype';
import { kernelError } from '../errors';
import { logSoftmax } from './log-softmax';
import { multiply } from './multiply';
import { negative } from './negative';
import { reduceSum } from './reduce-sum';

/**
 * The cross entropy `-sum(labels * logSoftmax(logits), axis)` between each distribution of
 * `labels` and the softmax of `logits` along `axis` (TF `tf.nn.softmax_cross_entropy_with_logits`).
 * Labels are cast to the logits' dtype; each should be a probability distribution.
 *
 * @example
 * tf.softmaxCrossEntropyWithLogits(tf.constant([[0, 1]]), tf.constant([[0, 0]])); // [0.6931472]
 */
export function softmaxCrossEntropyWithLogits(labels: Input, logits: Input, axis = -1): Tensor {
  const opName = 'SoftmaxCrossEntropyWithLogits';
  const z = convertToTensor(logits);
  checkDType(z.dtype, FLOATS, opName);
  const l = cast(convertToTensor(labels), z.dtype);
  if (l.rank !== z.rank || l.shape.some((d, i) => d !== z.shape[i] && d !== 1 && z.shape[i] !== 1)) {
    // TF compares the [outer, classes] matrices it flattens both into.
    const matrix = (s: readonly number[]) => `[${sizeOf(s.slice(0, -1))},${s[s.length - 1] ?? 1}]`;
    throw kernelError(opName, `logits and labels must be broadcastable: logits_size=${matrix(z.shape)} labels_size=${matrix(l.shape)}`);
  }
  // Negated before the sum, so a perfect prediction gives 0 rather than -0, as TF's kernel does.
  return reduceSum(multiply(l, negative(logSoftmax(z, axis))), axis);
}
