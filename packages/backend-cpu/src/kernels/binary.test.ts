import { add, constant, divide, maximum, memory, multiply, reshape, setBackend, subtract, tidy, type DType, type Tensor } from '@tensortape/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerCpuBackend } from '../index';

beforeAll(() => {
  registerCpuBackend();
  setBackend('cpu');
});

/** A tensor of `shape` holding 1, 2, 3, … scaled (distinct values, so misplaced ones show). */
function ramp(shape: number[], dtype: DType, scale = 1): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  return reshape(constant(Array.from({ length: n }, (_, i) => (i + 1) * scale), { dtype }), shape);
}

/** The broadcast result computed element by element from multi-indices: the reference. */
function reference(a: Tensor, b: Tensor, f: (x: number, y: number) => number): number[] {
  const rank = Math.max(a.rank, b.rank);
  const pad = (s: readonly number[]) => [...Array<number>(rank - s.length).fill(1), ...s];
  const [sa, sb] = [pad(a.shape), pad(b.shape)];
  const shape = sa.map((d, i) => (d === 1 ? (sb[i] as number) : d));
  const [av, bv] = [a.dataSync(), b.dataSync()];
  const at = (s: number[], idx: number[]) => idx.reduce((o, v, i) => o * (s[i] as number) + ((s[i] as number) === 1 ? 0 : v), 0);
  const out: number[] = [];
  const idx = Array<number>(rank).fill(0);
  for (let k = 0; k < shape.reduce((p, d) => p * d, 1); k++) {
    out.push(f(av[at(sa, idx)] as number, bv[at(sb, idx)] as number));
    for (let ax = rank - 1; ax >= 0 && ++(idx[ax] as number) === shape[ax]; ax--) idx[ax] = 0;
  }
  return out;
}

const ops = [
  ['add', add, (x: number, y: number) => x + y],
  ['subtract', subtract, (x: number, y: number) => x - y],
  ['multiply', multiply, (x: number, y: number) => x * y],
  ['divide', divide, (x: number, y: number) => x / y],
  ['maximum', maximum, (x: number, y: number) => Math.max(x, y)],
] as const;

// Flat loops (equal shapes, size-1 axes, scalars), broadcast rows that reuse them on views
// (rows of 16 or more) and strided rows, for every operand order.
const shapes: [number[], number[]][] = [
  [[2, 1], [1, 2]],
  [[3, 20], [3, 20]],
  [[1, 20], [20]],
  [[3, 20], [20]],
  [[20], [3, 20]],
  [[3, 20], [3, 1]],
  [[3, 1], [3, 20]],
  [[20, 1], [1, 20]],
  [[2, 3, 1, 17], [3, 5, 1]],
  [[4, 5], []],
  [[], [4, 5]],
  [[40], [1]],
  [[0, 3], [3]],
];

describe('element-wise binary kernels', () => {
  for (const [name, op, f] of ops) {
    for (const dtype of ['float32', 'float64'] as const) {
      it(`${name} (${dtype}) broadcasts like the element-by-element reference`, () => {
        for (const [s1, s2] of shapes) {
          const [a, b] = [ramp(s1, dtype), ramp(s2, dtype, 0.25)];
          const expected = Float64Array.from(reference(a, b, f));
          const y = op(a, b);
          const rounded = dtype === 'float32' ? Array.from(Float32Array.from(expected)) : Array.from(expected);
          expect(Array.from(y.dataSync()), `${s1} with ${s2}`).toEqual(rounded);
        }
      });
    }
  }

  it('shares JS number operands: converted once per value, not counted, never disposed by tidy', () => {
    const x = constant([1, 2]);
    const before = memory().numTensors;
    const [y, z] = [multiply(x, 3), multiply(x, 3)];
    expect(memory().numTensors - before).toBe(2); // y and z, not the two 3s
    expect(Array.from(y.dataSync())).toEqual([3, 6]);
    expect(Array.from(z.dataSync())).toEqual([3, 6]);
    tidy(() => multiply(x, 5));
    expect(Array.from(multiply(x, 5).dataSync())).toEqual([5, 10]);
    // -0 and 0 are different constants; float64 operands keep their precision.
    expect(Object.is(multiply(constant([1]), -0).dataSync()[0], -0)).toBe(true);
    expect(Object.is(multiply(constant([1]), 0).dataSync()[0], 0)).toBe(true);
    expect(add(constant(new Float64Array([0.1])), 0.2).dataSync()[0]).toBe(0.1 + 0.2);
    expect(add(constant([0.1]), 0.2).dataSync()[0]).toBe(Math.fround(Math.fround(0.1) + Math.fround(0.2)));
    expect(() => add(constant([1], { dtype: 'int32' }), 1.5)).toThrow('Cannot convert 1.5 to EagerTensor of dtype int32');
  });

  it('int32 arithmetic stays int32 and wraps', () => {
    const a = constant([2147483647, -5, 7], { dtype: 'int32' });
    expect(Array.from(add(a, constant(1, { dtype: 'int32' })).dataSync())).toEqual([-2147483648, -4, 8]);
    expect(subtract(a, a).dtype).toBe('int32');
  });
});
