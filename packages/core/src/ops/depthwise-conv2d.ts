import { runKernel } from '../engine';
import { DepthwiseConv2dNative } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { convSetup, sameDTypeOperands } from './conv-args';
import type { Padding2D, WindowArg } from './window-2d';

/**
 * Depthwise 2-D convolution (TF `tf.nn.depthwise_conv2d`): each of the `c` input channels is
 * convolved with its own `multiplier` filters of `filter` [fh, fw, c, multiplier], giving
 * `c * multiplier` output channels (channel `k * multiplier + q` from input channel `k`).
 *
 * @example
 * const x = tf.ones([1, 3, 3, 2]);
 * tf.depthwiseConv2d(x, tf.ones([2, 2, 2, 3]), 1, 'VALID').shape; // [1, 2, 2, 6]
 */
export function depthwiseConv2d(
  input: Input,
  filter: Input,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
  dilations?: WindowArg,
): Tensor {
  const [x, f] = sameDTypeOperands([input, filter], [0, 1], FLOATS, DepthwiseConv2dNative) as [Tensor, Tensor];
  const { attrs } = convSetup(x.shape, f.shape, strides, padding, dataFormat, dilations, true, DepthwiseConv2dNative);
  return runKernel(DepthwiseConv2dNative, { x, filter: f }, { ...attrs });
}
