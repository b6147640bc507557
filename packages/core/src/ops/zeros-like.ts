import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { ones, zeros } from './fill';

/**
 * Zeros with the shape and dtype of `x` (TF `tf.zeros_like`).
 *
 * @example
 * tf.zerosLike(tf.constant([1, 2])); // [0. 0.]
 */
export function zerosLike(x: Input): Tensor {
  const t = convertToTensor(x);
  return zeros(t.shape, t.dtype);
}

/**
 * Ones with the shape and dtype of `x` (TF `tf.ones_like`).
 *
 * @example
 * tf.onesLike(tf.constant([1, 2])); // [1. 1.]
 */
export function onesLike(x: Input): Tensor {
  const t = convertToTensor(x);
  return ones(t.shape, t.dtype);
}
