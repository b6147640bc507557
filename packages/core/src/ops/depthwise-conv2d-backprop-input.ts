import { runKernel } from '../engine';
import { DepthwiseConv2dNativeBackpropInput } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { checkOutBackprop, convSetup, sameDTypeOperands } from './conv-args';
import { checkShapeArg, type Padding2D, type WindowArg } from './window-2d';

/**
 * The gradient of {@link depthwiseConv2d} with respect to its input, for an input of shape
 * `inputSizes` (TF `tf.nn.depthwise_conv2d_backprop_input`).
 *
 * @example
 * tf.depthwiseConv2dBackpropInput([1, 2, 2, 1], tf.ones([2, 2, 1, 2]), tf.ones([1, 1, 1, 2]), 1, 'VALID');
 * // [[2 2] [2 2]] as a [1, 2, 2, 1] tensor
 */
export function depthwiseConv2dBackpropInput(
  inputSizes: readonly number[],
  filter: Input,
  outBackprop: Input,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
  dilations?: WindowArg,
): Tensor {
  const opName = DepthwiseConv2dNativeBackpropInput;
  const [f, dy] = sameDTypeOperands([filter, outBackprop], [1, 2], FLOATS, opName) as [Tensor, Tensor];
  checkShapeArg(inputSizes, 'input_sizes', opName);
  const setup = convSetup(inputSizes, f.shape, strides, padding, dataFormat, dilations, true, opName);
  checkOutBackprop(dy.shape, setup, inputSizes, f.shape, opName);
  return runKernel(opName, { filter: f, dy }, { ...setup.attrs, inputShape: [...inputSizes] });
}
