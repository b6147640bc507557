import { constant, reduceMax, reduceSum, reshape, setBackend, type Tensor } from '@tensortape/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerCpuBackend } from '../index';
import { mergeAxes } from './reduce';

beforeAll(() => {
  registerCpuBackend();
  setBackend('cpu');
});

/** Sums over `axes` of a [d0, d1, d2] array element by element, in float64. */
function referenceSum(values: Float64Array, [d0, d1, d2]: [number, number, number], axes: number[]): number[] {
  const keep = (ax: number, v: number) => (axes.includes(ax) ? 0 : v);
  const [o0, o1, o2] = [keep(0, d0) || 1, keep(1, d1) || 1, keep(2, d2) || 1];
  const out = new Float64Array(o0 * o1 * o2);
  for (let i = 0; i < d0; i++)
    for (let j = 0; j < d1; j++)
      for (let k = 0; k < d2; k++) out[(keep(0, i) * o1 + keep(1, j)) * o2 + keep(2, k)]! += values[(i * d1 + j) * d2 + k]!;
  return Array.from(out);
}

describe('reductions', () => {
  it('merges adjacent axes of one kind and drops size-1 axes', () => {
    expect(mergeAxes([2, 3, 4], new Set([1, 2]))).toEqual({ dims: [2, 12], reducedDims: [false, true] });
    expect(mergeAxes([2, 1, 3, 4], new Set([0, 3]))).toEqual({ dims: [2, 3, 4], reducedDims: [true, false, true] });
    expect(mergeAxes([5, 1], new Set([1]))).toEqual({ dims: [5], reducedDims: [false] });
  });

  // Rows shorter and longer than 32 (in-order and eight-way sums), every axis combination.
  for (const dims of [
    [3, 4, 5],
    [2, 70, 33],
    [40, 1, 45],
  ] as [number, number, number][]) {
    const n = dims[0] * dims[1] * dims[2];
    const values = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 1.3) * (i % 7) + 0.5);
    for (const axes of [[0], [1], [2], [0, 1], [1, 2], [0, 2], [0, 1, 2]]) {
      it(`sum of [${dims}] over [${axes}] agrees with the element-by-element sums`, () => {
        const x: Tensor = reshape(constant(values), dims);
        const expected = referenceSum(values, dims, axes);
        const got = Array.from(reduceSum(x, axes).dataSync());
        expect(got).toHaveLength(expected.length);
        got.forEach((v, i) => expect(Math.abs(v - (expected[i] as number))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[i] as number))));
        expect(reduceSum(x, axes, true).shape).toEqual(dims.map((d, i) => (axes.includes(i) ? 1 : d)));
      });
    }
  }

  it('sums int32 exactly and float32 to the nearest float32 of the exact sum', () => {
    const ints = Int32Array.from({ length: 1000 }, (_, i) => i * 1000 - 7);
    expect(reduceSum(constant(ints)).numpy()).toBe(ints.reduce((a, b) => a + b, 0));
    const floats = Float32Array.from({ length: 4096 }, (_, i) => 1 / (i + 1));
    const exact = Array.from(floats).reduce((a, b) => a + b, 0);
    expect(reduceSum(constant(floats)).numpy()).toBe(Math.fround(exact));
  });

  it('max keeps nan and handles empty inputs', () => {
    expect(reduceMax(constant([1, NaN, 3])).numpy()).toBeNaN();
    expect(reduceSum(constant(new Float32Array(0))).numpy()).toBe(0);
  });
});
