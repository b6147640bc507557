import {
  BatchMatMul,
  broadcastShapes,
  sizeOf,
  typedArrayFor,
  type BatchMatMulAttrs,
  type KernelConfig,
  type TensorInfo,
  type TypedArray,
} from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { forEachBroadcastRow } from './broadcast';
import { gemm, type GemmOperand } from './gemm';

/**
 * Batched matrix products with broadcast batch dimensions. Float products run through `gemm`
 * (blocked, register-tiled, float64 sums in k order), reading transposed operands through their
 * strides; int32 wraps as TF's does.
 */
export const batchMatMulKernel: KernelConfig = {
  kernelName: BatchMatMul,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const a = inputs.a as TensorInfo;
    const b = inputs.b as TensorInfo;
    const { transposeA, transposeB } = attrs as unknown as BatchMatMulAttrs;
    const [ar, ac] = a.shape.slice(-2) as [number, number];
    const [br, bc] = b.shape.slice(-2) as [number, number];
    const [m, k, n] = [transposeA ? ac : ar, transposeA ? ar : ac, transposeB ? br : bc];
    const batchShape = broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2), BatchMatMul);
    const shape = [...batchShape, m, n];
    const out = typedArrayFor(a.dtype, sizeOf(shape));
    const [av, bv] = [valuesOf(a), valuesOf(b)];
    const int = a.dtype === 'int32';
    const batch = sizeOf(batchShape);
    if (!int && batch > 1 && sizeOf(b.shape.slice(0, -2)) === 1 && !transposeA) {
      // One b for every a: the a matrices stacked are one (batch·m)×k matrix, c one (batch·m)×n.
      gemm({ values: av, offset: 0, rowStride: k, colStride: 1 }, operand(bv, transposeB, k, n), out, 0, batch * m, k, n);
      return output(out, shape, a.dtype);
    }
    if (!int && batch > 1 && sizeOf(a.shape.slice(0, -2)) === 1) {
      sharedLeft(operand(av, transposeA, m, k), bv, transposeB, out, batch, m, k, n);
      return output(out, shape, a.dtype);
    }
    forEachBroadcastRow(batchShape, [a.shape.slice(0, -2), b.shape.slice(0, -2)], (o, at, step, rows) => {
      for (let r = 0; r < rows; r++) {
        const aOff = ((at[0] as number) + r * (step[0] as number)) * m * k;
        const bOff = ((at[1] as number) + r * (step[1] as number)) * k * n;
        const cOff = (o + r) * m * n;
        if (int) {
          mulInt(av, aOff, transposeA, bv, bOff, transposeB, out, cOff, m, k, n);
          continue;
        }
        gemm(operand(av, transposeA, m, k, aOff), operand(bv, transposeB, k, n, bOff), out, cOff, m, k, n);
      }
    });
    return output(out, shape, a.dtype);
  },
};

/** The rows×cols matrix at `offset` of `values`, stored transposed or not, as a gemm operand. */
function operand(values: TypedArray, transposed: boolean, rows: number, cols: number, offset = 0): GemmOperand {
  return { values, offset, rowStride: transposed ? 1 : cols, colStride: transposed ? rows : 1 };
}

/**
 * One a for every b (as in the gradients of a shared weight): the b matrices side by side make
 * one k×(batch·n) matrix, so one product replaces `batch` thin ones; its columns are then
 * dealt back to each batch's c. Sums run in the same order, so results are the same.
 */
function sharedLeft(lhs: GemmOperand, bv: TypedArray, transposeB: boolean, out: TypedArray, batch: number, m: number, k: number, n: number): void {
  const width = batch * n;
  const packed = new Float64Array(k * width);
  for (let q = 0; q < batch; q++) {
    const { values, offset, rowStride, colStride } = operand(bv, transposeB, k, n, q * k * n);
    for (let p = 0; p < k; p++) {
      for (let j = 0; j < n; j++) packed[p * width + q * n + j] = values[offset + p * rowStride + j * colStride] as number;
    }
  }
  const wide = new Float64Array(m * width);
  gemm(lhs, { values: packed, offset: 0, rowStride: width, colStride: 1 }, wide, 0, m, k, width);
  for (let q = 0; q < batch; q++) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) out[(q * m + i) * n + j] = wide[i * width + q * n + j] as number;
    }
  }
}

/** The int32 product, wrapping on overflow (Math.imul) as TF's int32 arithmetic does. */
function mulInt(
  a: TypedArray,
  aOff: number,
  ta: boolean,
  b: TypedArray,
  bOff: number,
  tb: boolean,
  c: TypedArray,
  cOff: number,
  m: number,
  k: number,
  n: number,
): void {
  const [ai, ap] = ta ? [1, m] : [k, 1];
  const [bp, bj] = tb ? [1, k] : [n, 1];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s = (s + Math.imul(a[aOff + i * ai + p * ap] as number, b[bOff + p * bp + j * bj] as number)) | 0;
      c[cOff + i * n + j] = s;
    }
  }
}
