import { runKernel } from '../engine';
import { AvgPool } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, FLOATS } from './check-dtype';
import { poolSetup } from './pool-args';
import type { Padding2D, WindowArg } from './window-2d';

/**
 * 2-D average pooling of `input` [batch, height, width, channels] (TF `tf.nn.avg_pool2d`): the
 * mean of each `ksize` window; with padding, over the window's elements inside the input only.
 *
 * @example
 * const x = tf.reshape(tf.range(16), [1, 4, 4, 1]);
 * tf.avgPool(x, 2, 2, 'VALID'); // [[2.5 4.5] [10.5 12.5]] as a [1, 2, 2, 1] tensor
 */
export function avgPool(input: Input, ksize: WindowArg, strides: WindowArg, padding: Padding2D, dataFormat: 'NHWC' | 'NCHW' = 'NHWC'): Tensor {
  const x = convertToTensor(input);
  checkDType(x.dtype, FLOATS, AvgPool);
  const { attrs } = poolSetup(x.shape, ksize, strides, padding, dataFormat, AvgPool);
  return runKernel(AvgPool, { x }, { ...attrs });
}
