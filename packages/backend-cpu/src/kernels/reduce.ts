import { typedArrayFor, type DType, type KernelFunc, type SumAttrs, type TensorInfo, type TypedArray } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/**
 * How a reduction folds values of one dtype: the empty reduction's value and one step. Hot folds
 * (sum) also write out their two loops, as `BinaryLoops` explains; the others get loops that call
 * `step`.
 */
export interface Fold {
  readonly init: number;
  readonly step: (acc: number, v: number) => number;
  /** `acc` folded with x[start], …, x[start + n - 1]: a run along a reduced axis. */
  readonly run?: (acc: number, x: TypedArray, start: number, n: number) => number;
  /** The same source as `run`, called for float32 inputs only (see `BinaryLoops.same32`). */
  readonly run32?: (acc: number, x: Float32Array, start: number, n: number) => number;
  /** acc[o + j] = step(acc[o + j], x[start + j]) for j < n: a run along a kept axis. */
  readonly columns?: (acc: Float64Array, o: number, x: TypedArray, start: number, n: number) => void;
}

/**
 * The axes of `shape` with adjacent axes of the same kind (reduced or kept) merged and size-1
 * axes dropped: reducing axes 1 and 2 of [2, 3, 4] walks [2, 12] reducing axis 1, in runs of 12.
 */
export function mergeAxes(shape: readonly number[], reduced: ReadonlySet<number>): { dims: number[]; reducedDims: boolean[] } {
  const dims: number[] = [];
  const reducedDims: boolean[] = [];
  shape.forEach((d, i) => {
    if (d === 1) return;
    const r = reduced.has(i);
    if (dims.length > 0 && reducedDims[reducedDims.length - 1] === r) dims[dims.length - 1] = (dims[dims.length - 1] as number) * d;
    else {
      dims.push(d);
      reducedDims.push(r);
    }
  });
  return { dims, reducedDims };
}

/**
 * A reduction over `axis` (attrs {@link SumAttrs}), accumulating in float64. It walks the input
 * once in row order, a run of the (merged) innermost axis at a time, while an odometer moves the
 * output offset over the outer axes (reduced axes have output stride 0).
 */
export function reduceKernel(foldFor: (dtype: DType) => Fold, outDType?: DType): KernelFunc {
  return ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { axis, keepDims } = attrs as unknown as SumAttrs;
    const fold = foldFor(x.dtype);
    const { init, step } = fold;
    const run = fold.run ?? ((acc, v, start, n) => {
      for (let i = start; i < start + n; i++) acc = step(acc, v[i] as number);
      return acc;
    });
    const columns = fold.columns ?? ((acc, o, v, start, n) => {
      for (let j = 0; j < n; j++) acc[o + j] = step(acc[o + j] as number, v[start + j] as number);
    });
    const xv = valuesOf(x);
    const f32 = xv instanceof Float32Array ? xv : null;
    const run32 = f32 ? fold.run32 : undefined;
    const reduced = new Set(axis);
    const kept = x.shape.map((d, i) => (reduced.has(i) ? 1 : d));
    const outShape = keepDims ? kept : x.shape.filter((_, i) => !reduced.has(i));
    const outSize = kept.reduce((p, d) => p * d, 1);
    const acc = new Float64Array(outSize).fill(init);
    const { dims, reducedDims } = mergeAxes(x.shape, reduced);
    if (xv.length === 0) {
      // Nothing to fold: every output is the empty reduction's value.
    } else if (outSize === 1) {
      acc[0] = run32 ? run32(init, f32 as Float32Array, 0, xv.length) : run(init, xv, 0, xv.length);
    } else {
      const last = dims.length - 1;
      const n = dims[last] as number;
      const innerReduced = reducedDims[last] as boolean;
      // Output strides of the merged axes: 0 along reduced ones.
      const ostrides = new Array<number>(dims.length);
      for (let i = last, s = 1; i >= 0; i--) {
        ostrides[i] = reducedDims[i] ? 0 : s;
        if (!reducedDims[i]) s *= dims[i] as number;
      }
      const counter = new Array<number>(dims.length).fill(0);
      let o = 0;
      for (let i = 0; i < xv.length; i += n) {
        if (!innerReduced) columns(acc, o, xv, i, n);
        else if (run32) acc[o] = run32(acc[o] as number, f32 as Float32Array, i, n);
        else acc[o] = run(acc[o] as number, xv, i, n);
        for (let ax = last - 1; ax >= 0; ax--) {
          const c = (counter[ax] as number) + 1;
          if (c < (dims[ax] as number)) {
            counter[ax] = c;
            o += ostrides[ax] as number;
            break;
          }
          counter[ax] = 0;
          o -= (ostrides[ax] as number) * (c - 1);
        }
      }
    }
    const dtype = outDType ?? x.dtype;
    const out = typedArrayFor(dtype, outSize);
    out.set(acc);
    return output(out, outShape, dtype);
  };
}
