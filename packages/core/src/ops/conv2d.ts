import { runKernel } from '../engine';
import { Conv2D } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { convSetup, sameDTypeOperands } from './conv-args';
import { reshape } from './reshape';
import type { Padding2D, WindowArg } from './window-2d';

/**
 * 2-D convolution (cross-correlation, as TF) of `input` [batch, height, width, inChannels] with
 * `filters` [fh, fw, inChannels / groups, outChannels] (TF `tf.nn.conv2d`). `strides` and
 * `dilations` are an int or a list of 1, 2 or 4 ints; `padding` is `'SAME'`, `'VALID'` or
 * explicit [before, after] pairs per dimension. Inputs of rank above 4 carry extra batch
 * dimensions; an input depth that is a multiple of the filter depth makes a grouped convolution.
 *
 * @example
 * const x = tf.reshape(tf.range(16), [1, 4, 4, 1]);
 * tf.conv2d(x, tf.ones([2, 2, 1, 1]), 1, 'VALID').shape; // [1, 3, 3, 1]
 */
export function conv2d(
  input: Input,
  filters: Input,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
  dilations?: WindowArg,
): Tensor {
  const [x, filter] = sameDTypeOperands([input, filters], [0, 1], FLOATS, Conv2D) as [Tensor, Tensor];
  if (x.rank > 4) {
    // Extra leading batch dimensions fold into one (TF's squeeze_batch_dims).
    const y = conv2d(reshape(x, [-1, ...x.shape.slice(-3)]), filter, strides, padding, dataFormat, dilations);
    return reshape(y, [...x.shape.slice(0, -3), ...y.shape.slice(1)]);
  }
  const { attrs } = convSetup(x.shape, filter.shape, strides, padding, dataFormat, dilations, false, Conv2D);
  return runKernel(Conv2D, { x, filter }, { ...attrs });
}
