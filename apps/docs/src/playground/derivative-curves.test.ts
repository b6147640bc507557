import * as tf from 'tensortape';
import { describe, expect, it } from 'vitest';
import { derivativeCurves } from './derivative-curves';

describe('derivativeCurves', () => {
  it('samples f, f′ and f″ of x³ − 3x on an even grid', () => {
    const c = derivativeCurves((x) => tf.subtract(tf.pow(x, 3), tf.multiply(3, x)), [-2, 2], 5);
    expect(c.x).toEqual([-2, -1, 0, 1, 2]);
    expect(c.f).toEqual([-2, 2, 0, -2, 2]);
    expect(c.df).toEqual([9, 0, -3, 0, 9]);
    expect(c.d2f).toEqual([-12, -6, 0, 6, 12]);
  });

  it('gives zeros for derivatives that vanish', () => {
    const line = derivativeCurves((x) => tf.multiply(x, 2), [0, 1], 3);
    expect(line.df).toEqual([2, 2, 2]);
    expect(line.d2f).toEqual([0, 0, 0]);
    const flat = derivativeCurves((x) => tf.onesLike(x), [0, 1], 2);
    expect([flat.df, flat.d2f]).toEqual([[0, 0], [0, 0]]);
  });

  it('refuses a function that is not element-wise, or an empty range', () => {
    expect(() => derivativeCurves((x) => tf.reduceSum(x), [0, 1])).toThrow(/element-wise\), but it returned shape \(\)/);
    expect(() => derivativeCurves((x) => x, [1, 1])).toThrow(/from low to high/);
  });
});
