import { kernelError, opError, ValueError } from '../errors';

/** Where the channels are: last (TF's default) or second. */
export type DataFormat2D = 'NHWC' | 'NCHW';

/**
 * TF's padding argument: `'SAME'`, `'VALID'`, or explicit `[before, after]` pairs for each of the
 * four dimensions in data-format order (`[[0, 0], [top, bottom], [left, right], [0, 0]]` for NHWC).
 */
export type Padding2D = 'SAME' | 'VALID' | readonly (readonly number[])[];

/** An int for both spatial dimensions, or a list of 1, 2 or 4 ints (TF's `_get_sequence`). */
export type WindowArg = number | readonly number[];

/** The resolved sliding window of one op call. */
export interface Window2D {
  /** [top, bottom, left, right] */
  pads: [number, number, number, number];
  outH: number;
  outW: number;
}

const pyList = (xs: readonly unknown[]): string => `[${xs.map((x) => (Array.isArray(x) ? pyList(x) : String(x))).join(', ')}]`;

/** Positions of N, H, W, C in a shape of `dataFormat`. */
export function axesOf(dataFormat: DataFormat2D): { n: 0; h: number; w: number; c: number } {
  return dataFormat === 'NHWC' ? { n: 0, h: 1, w: 2, c: 3 } : { n: 0, h: 2, w: 3, c: 1 };
}

/** Checks `data_format` as TF's op attribute does. */
export function checkDataFormat(dataFormat: string, opName: string): asserts dataFormat is DataFormat2D {
  if (dataFormat !== 'NHWC' && dataFormat !== 'NCHW') {
    throw opError(opName, `Value for attr 'data_format' of "${dataFormat}" is not in the list of allowed values: "NHWC", "NCHW"`);
  }
}

/**
 * Expands strides, dilations or a window size to the four dimensions in `dataFormat` order, as
 * TF's `_get_sequence` does (`undefined` means 1 everywhere).
 */
export function windowSequence(value: WindowArg | undefined, name: string, dataFormat: DataFormat2D): number[] {
  if (value === undefined) return [1, 1, 1, 1];
  const list = typeof value === 'number' ? [value] : [...value];
  if (list.length === 4) return list;
  if (list.length !== 1 && list.length !== 2) {
    throw new ValueError(`${name} should be of length 1, 2 or 4. Received: ${name}=${pyList(list)} of length ${list.length}`);
  }
  const [h, w] = list.length === 1 ? [list[0]!, list[0]!] : list;
  return dataFormat === 'NHWC' ? [1, h!, w!, 1] : [1, 1, h!, w!];
}

/**
 * The [rows, cols] of a convolution's strides or dilations, with TF's kernel checks: batch and
 * channel entries must be 1 and the spatial ones positive integers.
 */
export function convPair(value: WindowArg | undefined, name: 'strides' | 'dilations', dataFormat: DataFormat2D, opName: string): [number, number] {
  const seq = windowSequence(value, name, dataFormat);
  const { n, h, w, c } = axesOf(dataFormat);
  if (seq[n] !== 1 || seq[c] !== 1) {
    throw kernelError(opName, `Current implementation does not yet support ${name} in the batch and depth dimensions.`);
  }
  const pair: [number, number] = [seq[h]!, seq[w]!];
  if (!pair.every((d) => Number.isInteger(d) && d > 0)) {
    throw kernelError(opName, name === 'strides' ? 'Row and column strides should be larger than 0.' : 'Dilated rates should be larger than 0.');
  }
  return pair;
}

/** The [rows, cols] of a pool's window size or strides, with TF's pooling checks. */
export function poolPair(value: WindowArg, name: 'ksize' | 'strides', dataFormat: DataFormat2D, opName: string): [number, number] {
  const seq = windowSequence(value, name, dataFormat);
  const { n, h, w, c } = axesOf(dataFormat);
  if (seq[n] !== 1) throw kernelError(opName, 'Pooling is not yet supported on the batch dimension.');
  if (seq[c] !== 1) throw kernelError(opName, 'Pooling across the depth dimension is not supported.');
  const pair: [number, number] = [seq[h]!, seq[w]!];
  if (!pair.every((d) => Number.isInteger(d) && d > 0)) {
    throw kernelError(opName, `Sliding window ${name === 'ksize' ? 'ksize' : 'stride'} for dimension 1 and 2 must be positive integers`);
  }
  return pair;
}

type ResolvedPadding = 'SAME' | 'VALID' | [number, number, number, number];

/** Validates `padding` as TF's `convert_padding` and `CheckValidPadding` do. */
function resolvePadding(padding: Padding2D, dataFormat: DataFormat2D, opName: string): ResolvedPadding {
  if (typeof padding === 'string') {
    if (padding === 'SAME' || padding === 'VALID') return padding;
    if (padding === 'EXPLICIT') {
      throw new ValueError("'EXPLICIT' is not a valid value for `padding`. To use explicit padding, `padding` must be a list.");
    }
    throw opError(opName, `Value for attr 'padding' of "${padding}" is not in the list of allowed values: "SAME", "VALID", "EXPLICIT"`);
  }
  if (!Array.isArray(padding)) throw new ValueError(`Invalid padding: ${String(padding)}`);
  padding.forEach((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new ValueError(
        `When \`padding\` is a list, each element of \`padding\` must be a list/tuple of size 2. Received: padding=${pyList(padding)} with element at index ${i} of size ${Array.isArray(pair) ? pair.length : 1}`,
      );
    }
  });
  if (padding.length !== 4) {
    throw new ValueError(`When padding is a list, it must be of size 4. Received: padding=${pyList(padding)} of size ${padding.length}`);
  }
  const flat = padding.flat();
  if (flat.some((p) => !Number.isInteger(p) || p < 0)) {
    throw kernelError(opName, 'All elements of explicit_paddings must be nonnegative');
  }
  const { n, h, w, c } = axesOf(dataFormat);
  if ([n, c].some((ax) => padding[ax]![0] !== 0 || padding[ax]![1] !== 0)) {
    throw kernelError(opName, 'Nonzero explicit padding in the batch or depth dimensions is not supported');
  }
  return [padding[h]![0]!, padding[h]![1]!, padding[w]![0]!, padding[w]![1]!];
}

/** One spatial dimension of TF's `GetWindowedOutputSizeVerbose`: [output size, pad before, pad after]. */
function windowedOutput(input: number, k: number, dilation: number, stride: number, padding: ResolvedPadding, pads: readonly number[], opName: string): number[] {
  const effective = (k - 1) * dilation + 1;
  let [before, after] = pads as [number, number];
  let out: number;
  if (padding === 'SAME') {
    out = Math.ceil(input / stride);
    const needed = Math.max(0, (out - 1) * stride + effective - input);
    before = Math.floor(needed / 2);
    after = needed - before;
  } else {
    // C++ integer division truncates toward zero, so a window one element too large gives 0.
    out = Math.trunc((input + before + after - effective + stride) / stride);
  }
  if (out < 0) {
    throw kernelError(opName, `Computed output size would be negative: ${out} [input_size: ${input}, effective_filter_size: ${effective}, stride: ${stride}]`);
  }
  return [Math.max(out, 0), before, after];
}

/**
 * Resolves TF's padding for a window of `kernel` [rows, cols] with `strides` and `dilations` over
 * an input of [rows, cols]: the output size and the padding on each side.
 */
export function window2D(
  input: readonly [number, number],
  kernel: readonly [number, number],
  strides: readonly [number, number],
  dilations: readonly [number, number],
  padding: Padding2D,
  dataFormat: DataFormat2D,
  opName: string,
): Window2D {
  const resolved = resolvePadding(padding, dataFormat, opName);
  const explicit = typeof resolved === 'string' ? [0, 0, 0, 0] : resolved;
  const [outH, top, bottom] = windowedOutput(input[0], kernel[0], dilations[0], strides[0], resolved, explicit.slice(0, 2), opName) as [number, number, number];
  const [outW, left, right] = windowedOutput(input[1], kernel[1], dilations[1], strides[1], resolved, explicit.slice(2), opName) as [number, number, number];
  return { pads: [top, bottom, left, right], outH, outW };
}

/** A 4-D shape in `dataFormat` order. */
export function shape4D(dataFormat: DataFormat2D, n: number, h: number, w: number, c: number): number[] {
  return dataFormat === 'NHWC' ? [n, h, w, c] : [n, c, h, w];
}

/** TF's `TensorShape::DebugString`, as its rank errors print shapes: `[2,3]`. */
export function debugShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/** Checks a shape argument given as a list (input_sizes, filter_sizes, orig_input_shape). */
export function checkShapeArg(shape: readonly number[], name: string, opName: string): void {
  if (!Array.isArray(shape) || shape.length !== 4 || shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw kernelError(opName, `${name} must be a list of 4 non-negative integers, got ${Array.isArray(shape) ? pyList(shape) : String(shape)}`);
  }
}
