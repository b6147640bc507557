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
import { gemm } from './gemm';

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
    forEachBroadcastRow(batchShape, [a.shape.slice(0, -2), b.shape.slice(0, -2)], (o, at, step, rows) => {
      for (let r = 0; r < rows; r++) {
        const aOff = ((at[0] as number) + r * (step[0] as number)) * m * k;
        const bOff = ((at[1] as number) + r * (step[1] as number)) * k * n;
        const cOff = (o + r) * m * n;
        if (int) {
          mulInt(av, aOff, transposeA, bv, bOff, transposeB, out, cOff, m, k, n);
          continue;
        }
        // Element strides of a(i, p) and b(p, j) as stored.
        const lhs = { values: av, offset: aOff, rowStride: transposeA ? 1 : k, colStride: transposeA ? m : 1 };
        const rhs = { values: bv, offset: bOff, rowStride: transposeB ? 1 : n, colStride: transposeB ? k : 1 };
        gemm(lhs, rhs, out, cOff, m, k, n);
      }
    });
    return output(out, shape, a.dtype);
  },
};

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
