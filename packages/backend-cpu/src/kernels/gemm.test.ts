import { describe, expect, it } from 'vitest';
import { gemm } from './gemm';

/** Deterministic values in [-1, 1), some exactly representable, some not. */
function values(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (((i * 7919 + seed * 104729) % 2003) / 1001.5 - 1) * (1 + (i % 3) / 7);
  return out;
}

/** The textbook triple loop, summing over k in order in float64. */
function naive(a: Float64Array, ta: boolean, b: Float64Array, tb: boolean, m: number, k: number, n: number): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += (a[ta ? p * m + i : i * k + p] as number) * (b[tb ? j * k + p : p * n + j] as number);
      c[i * n + j] = s;
    }
  }
  return c;
}

describe('gemm', () => {
  // Edge rows and columns (m, n not multiples of 4), k across the 256-deep blocks, transposes.
  const shapes = [
    [1, 1, 1],
    [3, 5, 2],
    [4, 4, 4],
    [5, 7, 9],
    [8, 300, 6],
    [13, 513, 11],
    [6, 1, 17],
  ] as const;
  for (const [m, k, n] of shapes) {
    for (const [ta, tb] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      it(`${m}×${k} · ${k}×${n}, transposeA=${ta}, transposeB=${tb}: the textbook sums exactly`, () => {
        const a = values(m * k, 1);
        const b = values(k * n, 2);
        const c = new Float64Array(m * n + 3).fill(7);
        const lhs = { values: a, offset: 0, rowStride: ta ? 1 : k, colStride: ta ? m : 1 };
        const rhs = { values: b, offset: 0, rowStride: tb ? 1 : n, colStride: tb ? k : 1 };
        gemm(lhs, rhs, c, 2, m, k, n);
        expect(Array.from(c.subarray(2, 2 + m * n))).toEqual(Array.from(naive(a, ta, b, tb, m, k, n)));
        // Nothing outside the output range is touched.
        expect([c[0], c[1], c[2 + m * n]]).toEqual([7, 7, 7]);
      });
    }
  }

  it('reads operands at an offset and rounds once into a float32 output', () => {
    const a = values(2 * 3 + 5, 3);
    const b = values(3 * 4 + 1, 4);
    const c = new Float32Array(8);
    gemm({ values: a, offset: 5, rowStride: 3, colStride: 1 }, { values: b, offset: 1, rowStride: 4, colStride: 1 }, c, 0, 2, 3, 4);
    const expected = naive(a.subarray(5), false, b.subarray(1), false, 2, 3, 4);
    expect(Array.from(c)).toEqual(Array.from(Float32Array.from(expected)));
  });
});
