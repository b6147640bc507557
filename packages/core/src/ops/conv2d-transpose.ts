import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { conv2dBackpropInput } from './conv2d-backprop-input';
import type { Padding2D, WindowArg } from './window-2d';

/**
 * The transpose of {@link conv2d} (TF `tf.nn.conv2d_transpose`, sometimes called
 * deconvolution): maps `input` of a convolution's output shape back to `outputShape`, with
 * `filters` [fh, fw, outChannels, inChannels]. It is the gradient of conv2d for its input.
 *
 * @example
 * tf.conv2dTranspose(tf.ones([1, 2, 2, 1]), tf.ones([2, 2, 1, 1]), [1, 3, 3, 1], 1, 'VALID');
 * // [[1 2 1] [2 4 2] [1 2 1]] as a [1, 3, 3, 1] tensor
 */
export function conv2dTranspose(
  input: Input,
  filters: Input,
  outputShape: readonly number[],
  strides: WindowArg,
  padding: Padding2D = 'SAME',
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
  dilations?: WindowArg,
): Tensor {
  return conv2dBackpropInput(outputShape, filters, input, strides, padding, dataFormat, dilations);
}
