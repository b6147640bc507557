import { typedArrayFor, type DType, type Shape, type TensorInfo, type TypedArray } from '@tensortape/core';
import { output } from '../cpu-backend';

/** [batch, height, width, channels] */
export type Dims4 = [number, number, number, number];

/**
 * The values of a 4-D tensor in NHWC order with their [n, h, w, c]; an NCHW tensor is copied into
 * NHWC, so the convolution and pooling loops handle one layout.
 */
export function asNhwc(values: TypedArray, shape: Shape, dataFormat: 'NHWC' | 'NCHW'): { values: TypedArray; dims: Dims4 } {
  if (dataFormat === 'NHWC') return { values, dims: shape as Dims4 };
  const [n, c, h, w] = shape as Dims4;
  const out = new Float64Array(values.length);
  const hw = h * w;
  for (let b = 0, src = 0; b < n; b++) {
    const base = b * hw * c;
    for (let ch = 0; ch < c; ch++) {
      for (let p = 0, dst = base + ch; p < hw; p++, src++, dst += c) out[dst] = values[src] as number;
    }
  }
  return { values: out, dims: [n, h, w, c] };
}

/** A kernel output from NHWC values of `dims`, in `dtype` and transposed back for NCHW. */
export function fromNhwc(values: Float64Array, dims: Dims4, dtype: DType, dataFormat: 'NHWC' | 'NCHW'): TensorInfo {
  const [n, h, w, c] = dims;
  const out = typedArrayFor(dtype, values.length);
  if (dataFormat === 'NHWC') {
    out.set(values);
    return output(out, dims, dtype);
  }
  const hw = h * w;
  for (let b = 0, dst = 0; b < n; b++) {
    const base = b * hw * c;
    for (let ch = 0; ch < c; ch++) {
      for (let p = 0, src = base + ch; p < hw; p++, dst++, src += c) out[dst] = values[src] as number;
    }
  }
  return output(out, [n, c, h, w], dtype);
}

/** The [n, h, w, c] of a 4-D shape given in `dataFormat`. */
export function nhwcDims(shape: Shape, dataFormat: 'NHWC' | 'NCHW'): Dims4 {
  const [a, b, c, d] = shape as Dims4;
  return dataFormat === 'NHWC' ? [a, b, c, d] : [a, c, d, b];
}

/** Output size of a sliding window over `input` with resolved padding (0 when it does not fit). */
export function windowOutput(input: number, k: number, dilation: number, stride: number, before: number, after: number): number {
  return Math.max(0, Math.floor((input + before + after - (k - 1) * dilation - 1) / stride) + 1);
}
