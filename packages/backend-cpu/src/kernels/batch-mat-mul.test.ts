import { constant, matmul, range, reshape, setBackend, sin, tile, type DType, type Tensor } from '@tensortape/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerCpuBackend } from '../index';

beforeAll(() => {
  registerCpuBackend();
  setBackend('cpu');
});

/** Deterministic, distinct values of a given shape. */
function grid(shape: number[], dtype: DType, offset: number): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return reshape(sin(range(offset, offset + size, 1, dtype)), shape);
}

describe('batchMatMul with one operand shared by every batch', () => {
  // [batch, m, k, n] as stored: shapes with edges (not multiples of 4) and a 1-column case.
  const cases = [
    [3, 5, 7, 1],
    [4, 6, 3, 9],
    [2, 1, 300, 5],
  ] as const;
  for (const dtype of ['float32', 'float64'] as const) {
    for (const [batch, m, k, n] of cases) {
      for (const transposeA of [false, true]) {
        for (const transposeB of [false, true]) {
          const options = { transposeA, transposeB };
          const aShape = transposeA ? [k, m] : [m, k];
          const bShape = transposeB ? [n, k] : [k, n];
          it(`${dtype} [${aShape}] · [${batch},${bShape}] and [${batch},${aShape}] · [${bShape}], ${JSON.stringify(options)}`, () => {
            // Tiling the shared operand makes it batched, which takes the one-product-per-batch path.
            const [a, b] = [grid(aShape, dtype, 1), grid([batch, ...bShape], dtype, 2)];
            expect(matmul(a, b, options).dataSync()).toEqual(matmul(tile(reshape(a, [1, ...aShape]), [batch, 1, 1]), b, options).dataSync());
            const [a2, b2] = [grid([batch, ...aShape], dtype, 3), grid(bShape, dtype, 4)];
            expect(matmul(a2, b2, options).dataSync()).toEqual(matmul(a2, tile(reshape(b2, [1, ...bShape]), [batch, 1, 1]), options).dataSync());
          });
        }
      }
    }
  }

  it('keeps broadcast batch shapes', () => {
    const a = constant([[1, 2], [3, 4]]);
    const b = reshape(range(0, 8, 1, 'float32'), [2, 1, 2, 2]);
    expect(String(matmul(a, b))).toBe(String(matmul(tile(reshape(a, [1, 1, 2, 2]), [2, 1, 1, 1]), b)));
    expect(matmul(a, b).shape).toEqual([2, 1, 2, 2]);
  });
});
