import { LogSoftmax } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { softmaxOp } from './softmax-op';

/**
 * `logits - log(reduceSum(exp(logits), axis))`, computed stably along `axis`, the last by
 * default (TF `tf.nn.log_softmax`).
 *
 * @example
 * tf.logSoftmax(tf.constant([0, 0])); // [-0.6931472 -0.6931472]
 */
export function logSoftmax(logits: Input, axis = -1): Tensor {
  return softmaxOp(LogSoftmax, logits, axis);
}
