import { broadcastShapes, typedArrayFor, type DType, type KernelFunc, type Shape, type TensorInfo, type TypedArray } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { forEachBroadcastRow } from './broadcast';

type Fn = (a: number, b: number) => number;

/**
 * The loops of one element-wise binary op. Hot ops (add, mul, …) write theirs out in full: V8
 * shares type feedback among closures made by one function, so a loop that calls a passed-in
 * `fn` sees every op's function, stops inlining it and pays a call per element (about 10× slower).
 * Their flat loops are also unrolled by eight, which V8 does not do itself (about 1.6× faster:
 * fewer loop and bounds checks per element).
 */
export interface BinaryLoops {
  /** out[i] = f(a[i], b[i]) for i < n. */
  readonly same: (a: TypedArray, b: TypedArray, out: TypedArray, n: number) => void;
  /** out[i] = f(a[i], s) for i < n. */
  readonly scalarB: (a: TypedArray, s: number, out: TypedArray, n: number) => void;
  /** out[i] = f(s, b[i]) for i < n. */
  readonly scalarA: (s: number, b: TypedArray, out: TypedArray, n: number) => void;
  /** out[o + j] = f(a[pa + j·sa], b[pb + j·sb]) for j < n: one row of a broadcast. */
  readonly strided: (a: TypedArray, pa: number, sa: number, b: TypedArray, pb: number, sb: number, out: TypedArray, o: number, n: number) => void;
  /**
   * Optional copies of `same` and `scalarB` (the same source) that see only float32 arrays. V8
   * keys its feedback on the function, so one loop that meets float32 and float64 arrays checks
   * which on every access, about a quarter slower; the commonest dtype gets loops of its own.
   */
  readonly same32?: (a: Float32Array, b: Float32Array, out: Float32Array, n: number) => void;
  readonly scalarB32?: (a: Float32Array, s: number, out: Float32Array, n: number) => void;
}

/** Loops that call `fn` per element: right for any op, fast enough for rarely hot ones. */
export function loopsOf(fn: Fn): BinaryLoops {
  return {
    same: (a, b, out, n) => {
      for (let i = 0; i < n; i++) out[i] = fn(a[i] as number, b[i] as number);
    },
    scalarB: (a, s, out, n) => {
      for (let i = 0; i < n; i++) out[i] = fn(a[i] as number, s);
    },
    scalarA: (s, b, out, n) => {
      for (let i = 0; i < n; i++) out[i] = fn(s, b[i] as number);
    },
    strided: (a, pa, sa, b, pb, sb, out, o, n) => {
      for (let j = 0; j < n; j++, pa += sa, pb += sb) out[o + j] = fn(a[pa] as number, b[pb] as number);
    },
  };
}

/** Whether two shapes are equal, without allocating. */
function equalShapes(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * An element-wise binary kernel with broadcasting. Operands laid out like the output (equal
 * shapes, or shapes that differ only by size-1 axes) and scalar operands run as flat loops; the
 * rest walks broadcast rows with strides, no per-element index arithmetic.
 */
export function binaryKernel(opName: string, fn: Fn | BinaryLoops, outDType?: DType): KernelFunc {
  const loops = typeof fn === 'function' ? loopsOf(fn) : fn;
  return ({ inputs }) => {
    const a = inputs.a as TensorInfo;
    const b = inputs.b as TensorInfo;
    const av = valuesOf(a);
    const bv = valuesOf(b);
    const dtype = outDType ?? a.dtype;
    const f32 = av instanceof Float32Array && bv instanceof Float32Array && dtype === 'float32';
    if (equalShapes(a.shape, b.shape)) {
      const out = typedArrayFor(dtype, av.length);
      same(loops, f32, av, bv, out, av.length);
      return output(out, a.shape, dtype);
    }
    const shape = broadcastShapes(a.shape, b.shape, opName);
    const n = shape.reduce((x, y) => x * y, 1);
    const out = typedArrayFor(dtype, n);
    if (av.length === n && bv.length === n) same(loops, f32, av, bv, out, n);
    else if (bv.length === 1 && av.length === n) scalarB(loops, f32, av, bv[0] as number, out, n);
    else if (av.length === 1 && bv.length === n) loops.scalarA(av[0] as number, bv, out, n);
    else if (n > 0) {
      forEachBroadcastRow(shape, [a.shape, b.shape], (o, at, step, len) => {
        const pa = at[0] as number;
        const pb = at[1] as number;
        const sa = step[0] as number;
        const sb = step[1] as number;
        // Rows that are contiguous (or one repeated value) reuse the flat, unrolled loops on views.
        if (len < 16 || (sa | sb) > 1) loops.strided(av, pa, sa, bv, pb, sb, out, o, len);
        else if (sa === 1 && sb === 1) same(loops, f32, av.subarray(pa, pa + len), bv.subarray(pb, pb + len), out.subarray(o, o + len), len);
        else if (sa === 1) scalarB(loops, f32, av.subarray(pa, pa + len), bv[pb] as number, out.subarray(o, o + len), len);
        else if (sb === 1) loops.scalarA(av[pa] as number, bv.subarray(pb, pb + len), out.subarray(o, o + len), len);
        else loops.strided(av, pa, sa, bv, pb, sb, out, o, len);
      });
    }
    return output(out, shape, dtype);
  };
}

/** `loops.same`, or its float32 copy when every array is float32. */
function same(loops: BinaryLoops, f32: boolean, a: TypedArray, b: TypedArray, out: TypedArray, n: number): void {
  if (f32 && loops.same32) loops.same32(a as Float32Array, b as Float32Array, out as Float32Array, n);
  else loops.same(a, b, out, n);
}

/** `loops.scalarB`, or its float32 copy when every array is float32. */
function scalarB(loops: BinaryLoops, f32: boolean, a: TypedArray, s: number, out: TypedArray, n: number): void {
  if (f32 && loops.scalarB32) loops.scalarB32(a as Float32Array, s, out as Float32Array, n);
  else loops.scalarB(a, s, out, n);
}
