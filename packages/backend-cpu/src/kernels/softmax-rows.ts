import { typedArrayFor, type KernelFunc, type SoftmaxAttrs, type TensorInfo, type TypedArray } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/**
 * A kernel that maps each row along `axis` (the elements `inner` apart) through softmax or
 * log-softmax, shifted by the row's maximum so that exp cannot overflow. Softmax keeps each
 * row's exps in a float64 scratch row while summing them, so it computes one exp per element
 * (not two) and still rounds each output once.
 */
export function softmaxRowsKernel(log: boolean): KernelFunc {
  return ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { axis } = attrs as unknown as SoftmaxAttrs;
    const xv = valuesOf(x);
    const out = typedArrayFor(x.dtype, xv.length);
    const n = x.shape[axis] as number;
    const inner = x.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
    const block = n * inner;
    const exps = new Float64Array(n);
    for (let start = 0; start < xv.length; start += block) {
      for (let first = start; first < start + inner; first++) {
        if (log) logSoftmaxRow(xv, out, first, first + block, inner);
        else softmaxRow(xv, out, first, first + block, inner, exps);
      }
    }
    return output(out, x.shape, x.dtype);
  };
}

/** The row's maximum, or nan if it holds one (then the whole row is nan, as with Math.max). */
function rowMax(x: TypedArray, first: number, end: number, step: number): number {
  let max = -Infinity;
  for (let p = first; p < end; p += step) {
    const v = x[p] as number;
    if (v !== v) return v;
    if (v > max) max = v;
  }
  return max;
}

function softmaxRow(x: TypedArray, out: TypedArray, first: number, end: number, step: number, exps: Float64Array): void {
  const max = rowMax(x, first, end, step);
  let sum = 0;
  for (let p = first, k = 0; p < end; p += step, k++) {
    const e = Math.exp((x[p] as number) - max);
    exps[k] = e;
    sum += e;
  }
  const scale = 1 / sum;
  for (let p = first, k = 0; p < end; p += step, k++) out[p] = (exps[k] as number) * scale;
}

function logSoftmaxRow(x: TypedArray, out: TypedArray, first: number, end: number, step: number): void {
  const max = rowMax(x, first, end, step);
  let sum = 0;
  for (let p = first; p < end; p += step) sum += Math.exp((x[p] as number) - max);
  const logSum = Math.log(sum);
  for (let p = first; p < end; p += step) out[p] = (x[p] as number) - max - logSum;
}
