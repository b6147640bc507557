import { describe, expect, it } from 'vitest';
import { flattenNest, packNest } from './nest';

describe('nests of sources and targets', () => {
  it('flattens arrays by index and objects by key order, to any depth', () => {
    expect(flattenNest([1, { a: 2, b: [3, 4] }, [[5]]])).toEqual([1, 2, 3, 4, 5]);
    expect(flattenNest(7)).toEqual([7]);
    expect(flattenNest([])).toEqual([]);
  });

  it('treats anything but arrays and plain objects as a leaf', () => {
    const typed = Float32Array.of(1);
    class Box {}
    const box = new Box();
    expect(flattenNest([typed, box, null])).toEqual([typed, box, null]);
  });

  it('packs leaves back into the same structure', () => {
    const structure = { a: 0, b: [0, { c: 0 }] };
    expect(packNest(structure, ['x', 'y', 'z'])).toEqual({ a: 'x', b: ['y', { c: 'z' }] });
    expect(packNest(0, ['only'])).toBe('only');
  });
});
