import { ValueError } from '../errors';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { conv2d } from './conv2d';
import { reshape } from './reshape';
import type { Padding2D } from './window-2d';

/**
 * 1-D convolution of `input` [batch, width, inChannels] with `filters` [fw, inChannels,
 * outChannels] (TF `tf.nn.conv1d`): a {@link conv2d} over a height of 1, as TF computes it.
 * `padding` is `'SAME'`, `'VALID'` or explicit [before, after] pairs for the three dimensions.
 *
 * @example
 * tf.conv1d(tf.ones([1, 5, 1]), tf.ones([3, 1, 1]), 2, 'VALID'); // [[[3] [3]]]
 */
export function conv1d(
  input: Input,
  filters: Input,
  stride: number | readonly number[],
  padding: 'SAME' | 'VALID' | readonly (readonly number[])[],
  dataFormat: 'NWC' | 'NCW' = 'NWC',
  dilations: number | readonly number[] = 1,
): Tensor {
  if (dataFormat !== 'NWC' && dataFormat !== 'NCW') {
    throw new ValueError(`\`data_format\` must be 'NWC' or 'NCW'. Received: data_format=${String(dataFormat)}`);
  }
  const channelsLast = dataFormat === 'NWC';
  const x = convertToTensor(input);
  const f = convertToTensor(filters);
  // The width's position from the end; a height of 1 goes in front of it.
  const w = channelsLast ? 2 : 1;
  const x4 = reshape(x, [...x.shape.slice(0, x.rank - w), 1, ...x.shape.slice(x.rank - w)]);
  const y = conv2d(
    x4,
    reshape(f, [1, ...f.shape]),
    widthOnly(stride, 'stride', channelsLast),
    conv1dPadding(padding, channelsLast),
    channelsLast ? 'NHWC' : 'NCHW',
    widthOnly(dilations, 'dilations', channelsLast),
  );
  const h = y.rank - w - 1;
  return reshape(y, [...y.shape.slice(0, h), ...y.shape.slice(h + 1)]);
}

/** A 1-D stride or dilation (an int, or 1 or 3 ints) as conv2d's four, as TF's conv1d expands it. */
function widthOnly(value: number | readonly number[], name: string, channelsLast: boolean): number[] {
  const list = typeof value === 'number' ? [value] : value;
  if (list.length === 3) return [1, ...list];
  if (list.length === 1) return channelsLast ? [1, 1, list[0]!, 1] : [1, 1, 1, list[0]!];
  throw new ValueError(`${name} should be of length 1, 1 or 3. Received: ${name}=[${list.join(', ')}] of length ${list.length}`);
}

/** Explicit 1-D padding gains a [0, 0] pair for the height. */
function conv1dPadding(padding: 'SAME' | 'VALID' | readonly (readonly number[])[], channelsLast: boolean): Padding2D {
  if (typeof padding === 'string') return padding;
  if (padding.length !== 3) {
    throw new ValueError(`When padding is a list, it must be of size 3. Received: padding=${JSON.stringify(padding)} of size ${padding.length}`);
  }
  const at = channelsLast ? 1 : 2;
  return [...padding.slice(0, at), [0, 0], ...padding.slice(at)];
}
