import { describe, expect, it } from 'vitest';
import { expectClose } from './expect-close';

describe('expectClose', () => {
  it('accepts values within atol + rtol·|expected|, nan matching nan', () => {
    expect(() => expectClose([1, 2, NaN, Infinity], [1 + 1e-7, 2, NaN, Infinity])).not.toThrow();
    expect(() => expectClose(100.5, 100, { rtol: 0.01 })).not.toThrow();
    expect(() => expectClose([[1, 2]], Float64Array.of(1, 2))).not.toThrow();
  });

  it('names the first element that differs', () => {
    expect(() => expectClose([1, 2, 3], [1, 2.1, 3])).toThrow('element 1: 2 is not close to 2.1 (rtol 0.000001, atol 0.000001)');
    expect(() => expectClose([Infinity], [-Infinity])).toThrow(/element 0/);
    expect(() => expectClose([NaN], [0])).toThrow(/element 0/);
    expect(() => expectClose([1, 2], [1])).toThrow('2 values differ in number from the expected 1');
  });
});
