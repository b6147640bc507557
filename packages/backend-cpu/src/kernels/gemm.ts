import type { TypedArray } from '@tensortape/core';

/**
 * A float matrix product for the CPU backend: c = a · b, with a (m×k) and b (k×n) read through
 * element strides (so transposed operands need no copy) and c written row-major.
 *
 * Design: k is split into blocks of `KC`; each block of a is copied into float64 panels of four
 * rows and each block of b into panels of four columns, both interleaved so that the innermost
 * loop reads them sequentially (from L1 and L2) with one index. A 4×4 block of c then lives in
 * sixteen locals across the block (register tiling): 16 multiply-adds per 8 loads. Sums run over
 * k in order, in float64, as the textbook loop's would; results are rounded to c's dtype once.
 */
export interface GemmOperand {
  readonly values: TypedArray;
  readonly offset: number;
  /** Distance between consecutive rows and columns of the (logical, untransposed) matrix. */
  readonly rowStride: number;
  readonly colStride: number;
}

/** Depth of a k-block: 4 rows of a and a 4-column panel of b (8 KiB each) stay in L1. */
const KC = 256;

/** Scratch kept between products up to this many elements each (8 MiB); larger ones are temporary. */
const KEEP = 1 << 20;
let lhs: Float64Array = new Float64Array(0);
let panels: Float64Array = new Float64Array(0);
let acc: Float64Array = new Float64Array(0);

/** `kept` if it is large enough, else a new buffer (which the caller keeps if it is not too large). */
function scratch(kept: Float64Array, size: number): Float64Array {
  return kept.length >= size ? kept : new Float64Array(size);
}

/** c[cOff + i·n + j] = Σ_p a(i, p) · b(p, j) for i < m, j < n. */
export function gemm(a: GemmOperand, b: GemmOperand, c: TypedArray, cOff: number, m: number, k: number, n: number): void {
  const full = n - (n % 4);
  const kcMax = Math.min(KC, k);
  const A = scratch(lhs, m * kcMax);
  const P = scratch(panels, kcMax * full);
  const C = scratch(acc, m * n);
  if (A.length <= KEEP) lhs = A;
  if (P.length <= KEEP) panels = P;
  if (C.length <= KEEP) acc = C;
  C.fill(0, 0, m * n);
  for (let p0 = 0; p0 < k; p0 += KC) {
    const kc = Math.min(KC, k - p0);
    packRows(a, p0, m, kc, A);
    packColumns(b, p0, kc, full, P);
    tiles(A, P, C, m, kc, n, full);
    for (let i = m - (m % 4); i < m; i++) rowTimesPanels(A, i, P, C, kc, n, full);
    if (full < n) edgeColumns(A, b, p0, C, m, kc, n, full);
  }
  c.set(C.subarray(0, m * n), cOff); // converts to c's dtype
}

/**
 * Where row i, column p of a packed a-block lies: rows of full groups of four interleaved
 * (A[g·4kc + 4p + r] for row 4g + r), the m % 4 rows left over row-major after them.
 */
function rowStart(i: number, m: number, kc: number): [start: number, step: number] {
  const fullRows = m - (m % 4);
  return i < fullRows ? [(i - (i % 4)) * kc + (i % 4), 4] : [i * kc, 1];
}

/** Packs a(i, p0 + p) for i < m, p < kc into A (layout: `rowStart`). */
function packRows(a: GemmOperand, p0: number, m: number, kc: number, A: Float64Array): void {
  const { values, offset, rowStride, colStride } = a;
  for (let i = 0; i < m; i++) {
    const [start, step] = rowStart(i, m, kc);
    for (let p = 0, t = start, s = offset + i * rowStride + p0 * colStride; p < kc; p++, t += step, s += colStride) A[t] = values[s] as number;
  }
}

/** P[j·kc + 4p + c] = b(p0 + p, j + c) for the full 4-column panels j = 0, 4, …, full - 4. */
function packColumns(b: GemmOperand, p0: number, kc: number, full: number, P: Float64Array): void {
  const { values, offset, rowStride, colStride } = b;
  for (let j = 0; j < full; j += 4) {
    for (let p = 0, q = j * kc, s = offset + p0 * rowStride + j * colStride; p < kc; p++, q += 4, s += rowStride) {
      P[q] = values[s] as number;
      P[q + 1] = values[s + colStride] as number;
      P[q + 2] = values[s + 2 * colStride] as number;
      P[q + 3] = values[s + 3 * colStride] as number;
    }
  }
}

/** C += A · P over 4×4 tiles: full groups of rows times full panels of columns. */
function tiles(A: Float64Array, P: Float64Array, C: Float64Array, m: number, kc: number, n: number, full: number): void {
  for (let i = 0; i + 4 <= m; i += 4) {
    for (let j = 0; j < full; j += 4) {
      // Plain locals: V8 keeps most in registers (an array or destructuring would not).
      let o = i * n + j;
      let c00 = C[o] as number, c01 = C[o + 1] as number, c02 = C[o + 2] as number, c03 = C[o + 3] as number;
      o += n;
      let c10 = C[o] as number, c11 = C[o + 1] as number, c12 = C[o + 2] as number, c13 = C[o + 3] as number;
      o += n;
      let c20 = C[o] as number, c21 = C[o + 1] as number, c22 = C[o + 2] as number, c23 = C[o + 3] as number;
      o += n;
      let c30 = C[o] as number, c31 = C[o + 1] as number, c32 = C[o + 2] as number, c33 = C[o + 3] as number;
      // One bound for both interleaved panels: fewer checks per step than four row indices.
      const end = (j + 4) * kc;
      for (let q = j * kc, r = i * kc; q < end; q += 4, r += 4) {
        const b0 = P[q] as number;
        const b1 = P[q + 1] as number;
        const b2 = P[q + 2] as number;
        const b3 = P[q + 3] as number;
        const a0 = A[r] as number;
        c00 += a0 * b0;
        c01 += a0 * b1;
        c02 += a0 * b2;
        c03 += a0 * b3;
        const a1 = A[r + 1] as number;
        c10 += a1 * b0;
        c11 += a1 * b1;
        c12 += a1 * b2;
        c13 += a1 * b3;
        const a2 = A[r + 2] as number;
        c20 += a2 * b0;
        c21 += a2 * b1;
        c22 += a2 * b2;
        c23 += a2 * b3;
        const a3 = A[r + 3] as number;
        c30 += a3 * b0;
        c31 += a3 * b1;
        c32 += a3 * b2;
        c33 += a3 * b3;
      }
      o = i * n + j;
      C[o] = c00;
      C[o + 1] = c01;
      C[o + 2] = c02;
      C[o + 3] = c03;
      o += n;
      C[o] = c10;
      C[o + 1] = c11;
      C[o + 2] = c12;
      C[o + 3] = c13;
      o += n;
      C[o] = c20;
      C[o + 1] = c21;
      C[o + 2] = c22;
      C[o + 3] = c23;
      o += n;
      C[o] = c30;
      C[o + 1] = c31;
      C[o + 2] = c32;
      C[o + 3] = c33;
    }
  }
}

/** Row i of C += row i of A · the full panels (the rows left over by the 4×4 tiles). */
function rowTimesPanels(A: Float64Array, i: number, P: Float64Array, C: Float64Array, kc: number, n: number, full: number): void {
  const r = i * kc; // a left-over row: row-major in A
  for (let j = 0; j < full; j += 4) {
    const o = i * n + j;
    let c0 = C[o] as number, c1 = C[o + 1] as number, c2 = C[o + 2] as number, c3 = C[o + 3] as number;
    for (let p = 0, q = j * kc; p < kc; p++, q += 4) {
      const av = A[r + p] as number;
      c0 += av * (P[q] as number);
      c1 += av * (P[q + 1] as number);
      c2 += av * (P[q + 2] as number);
      c3 += av * (P[q + 3] as number);
    }
    C[o] = c0;
    C[o + 1] = c1;
    C[o + 2] = c2;
    C[o + 3] = c3;
  }
}

/** Columns full … n-1 of C += A · b(p0…, j), reading b through its strides. */
function edgeColumns(A: Float64Array, b: GemmOperand, p0: number, C: Float64Array, m: number, kc: number, n: number, full: number): void {
  const { values, offset, rowStride } = b;
  for (let j = full; j < n; j++) {
    const col = offset + p0 * rowStride + j * b.colStride;
    for (let i = 0; i < m; i++) {
      const [start, step] = rowStart(i, m, kc);
      let s = C[i * n + j] as number;
      for (let p = 0, t = start, q = col; p < kc; p++, t += step, q += rowStride) s += (A[t] as number) * (values[q] as number);
      C[i * n + j] = s;
    }
  }
}
