import { Softmax } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { softmaxOp } from './softmax-op';

/**
 * `exp(logits) / reduceSum(exp(logits), axis)`, computed stably (shifted by the maximum) along
 * `axis`, the last by default (TF `tf.nn.softmax`).
 *
 * @example
 * tf.softmax(tf.constant([0, Math.log(3)])); // [0.25 0.75]
 */
export function softmax(logits: Input, axis = -1): Tensor {
  return softmaxOp(Softmax, logits, axis);
}
