import { runKernel } from '../engine';
import { Identity } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';

/**
 * A tensor with the same values (TF `tf.identity`). Reading a variable this way gives a plain
 * tensor that gradients flow through.
 *
 * @example
 * tf.identity(new tf.Variable(2)); // tf.Tensor(2.0, shape=(), dtype=float32)
 */
export function identity(x: Input): Tensor {
  return runKernel(Identity, { x: convertToTensor(x) });
}
