import { Sigmoid } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { unaryOp } from './unary-op';

/**
 * Element-wise logistic function `1 / (1 + exp(-x))`, stable for large |x| (TF `tf.sigmoid`).
 *
 * @example
 * tf.sigmoid(tf.constant([0, 2])); // [0.5       0.8807971]
 */
export function sigmoid(x: Input): Tensor {
  return unaryOp(Sigmoid, x, FLOATS);
}
