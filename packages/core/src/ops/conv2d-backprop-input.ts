import { runKernel } from '../engine';
import { Conv2DBackpropInput } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { checkOutBackprop, convSetup, sameDTypeOperands } from './conv-args';
import { checkShapeArg, type Padding2D, type WindowArg } from './window-2d';

/**
 * The gradient of {@link conv2d} with respect to its input, for an input of shape `inputSizes`
 * (TF `tf.compat.v1.nn.conv2d_backprop_input`): `outBackprop` has the convolution's output shape.
 *
 * @example
 * tf.conv2dBackpropInput([1, 3, 3, 1], tf.ones([2, 2, 1, 1]), tf.ones([1, 2, 2, 1]), 1, 'VALID');
 * // [[1 2 1] [2 4 2] [1 2 1]] as a [1, 3, 3, 1] tensor
 */
export function conv2dBackpropInput(
  inputSizes: readonly number[],
  filters: Input,
  outBackprop: Input,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
  dilations?: WindowArg,
): Tensor {
  const [filter, dy] = sameDTypeOperands([filters, outBackprop], [1, 2], FLOATS, Conv2DBackpropInput) as [Tensor, Tensor];
  checkShapeArg(inputSizes, 'input_sizes', Conv2DBackpropInput);
  const setup = convSetup(inputSizes, filter.shape, strides, padding, dataFormat, dilations, false, Conv2DBackpropInput);
  checkOutBackprop(dy.shape, setup, inputSizes, filter.shape, Conv2DBackpropInput);
  return runKernel(Conv2DBackpropInput, { filter, dy }, { ...setup.attrs, inputShape: [...inputSizes] });
}
