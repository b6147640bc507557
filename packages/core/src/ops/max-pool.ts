import { runKernel } from '../engine';
import { MaxPool } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';
import { poolSetup } from './pool-args';
import type { Padding2D, WindowArg } from './window-2d';

/**
 * 2-D max pooling of `input` [batch, height, width, channels] (TF `tf.nn.max_pool2d`): the largest
 * value of each `ksize` window, moved by `strides`; padding never wins. `ksize` and `strides` are
 * an int or a list of 1, 2 or 4 ints.
 *
 * @example
 * const x = tf.reshape(tf.range(16), [1, 4, 4, 1]);
 * tf.maxPool(x, 2, 2, 'VALID'); // [[5 7] [13 15]] as a [1, 2, 2, 1] tensor
 */
export function maxPool(input: Input, ksize: WindowArg, strides: WindowArg, padding: Padding2D, dataFormat: 'NHWC' | 'NCHW' = 'NHWC'): Tensor {
  const x = convertToTensor(input);
  checkDType(x.dtype, NUMERIC, MaxPool);
  const { attrs } = poolSetup(x.shape, ksize, strides, padding, dataFormat, MaxPool);
  return runKernel(MaxPool, { x }, { ...attrs });
}
