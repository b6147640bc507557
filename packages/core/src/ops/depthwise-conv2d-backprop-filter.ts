import { runKernel } from '../engine';
import { DepthwiseConv2dNativeBackpropFilter } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { checkOutBackprop, convSetup, sameDTypeOperands } from './conv-args';
import { checkShapeArg, type Padding2D, type WindowArg } from './window-2d';

/**
 * The gradient of {@link depthwiseConv2d} with respect to its filter, for a filter of shape
 * `filterSizes` (TF `tf.nn.depthwise_conv2d_backprop_filter`).
 *
 * @example
 * tf.depthwiseConv2dBackpropFilter(tf.ones([1, 2, 2, 1]), [2, 2, 1, 1], tf.ones([1, 1, 1, 1]), 1, 'VALID');
 * // [[1 1] [1 1]] as a [2, 2, 1, 1] tensor
 */
export function depthwiseConv2dBackpropFilter(
  input: Input,
  filterSizes: readonly number[],
  outBackprop: Input,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
  dilations?: WindowArg,
): Tensor {
  const opName = DepthwiseConv2dNativeBackpropFilter;
  const [x, dy] = sameDTypeOperands([input, outBackprop], [0, 2], FLOATS, opName) as [Tensor, Tensor];
  checkShapeArg(filterSizes, 'filter_sizes', opName);
  const setup = convSetup(x.shape, filterSizes, strides, padding, dataFormat, dilations, true, opName);
  checkOutBackprop(dy.shape, setup, x.shape, filterSizes, opName);
  return runKernel(opName, { x, dy }, { ...setup.attrs, filterShape: [...filterSizes] });
}
