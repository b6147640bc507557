import { runKernel } from '../engine';
import { Conv2DBackpropFilter } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { checkOutBackprop, convSetup, sameDTypeOperands } from './conv-args';
import { checkShapeArg, type Padding2D, type WindowArg } from './window-2d';

/**
 * The gradient of {@link conv2d} with respect to its filter, for a filter of shape `filterSizes`
 * (TF `tf.compat.v1.nn.conv2d_backprop_filter`): `outBackprop` has the convolution's output shape.
 *
 * @example
 * tf.conv2dBackpropFilter(tf.ones([1, 3, 3, 1]), [2, 2, 1, 1], tf.ones([1, 2, 2, 1]), 1, 'VALID');
 * // every filter tap sees four ones: [[4 4] [4 4]] as a [2, 2, 1, 1] tensor
 */
export function conv2dBackpropFilter(
  input: Input,
  filterSizes: readonly number[],
  outBackprop: Input,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
  dilations?: WindowArg,
): Tensor {
  const [x, dy] = sameDTypeOperands([input, outBackprop], [0, 2], FLOATS, Conv2DBackpropFilter) as [Tensor, Tensor];
  checkShapeArg(filterSizes, 'filter_sizes', Conv2DBackpropFilter);
  const setup = convSetup(x.shape, filterSizes, strides, padding, dataFormat, dilations, false, Conv2DBackpropFilter);
  checkOutBackprop(dy.shape, setup, x.shape, filterSizes, Conv2DBackpropFilter);
  return runKernel(Conv2DBackpropFilter, { x, dy }, { ...setup.attrs, filterShape: [...filterSizes] });
}
