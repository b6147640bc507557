import { describe, expect, it } from 'vitest';
import { median, quantile, stats } from './stats';

describe('stats', () => {
  it('takes medians and quantiles by interpolation, without reordering the input', () => {
    const xs = [5, 1, 4, 2];
    expect(median(xs)).toBe(3);
    expect(quantile(xs, 0.25)).toBe(1.75);
    expect(xs).toEqual([5, 1, 4, 2]);
    expect(median([])).toBeNaN();
  });

  it('summarises repetitions', () => {
    expect(stats([2, 4, 6, 8, 10])).toEqual({ median: 6, min: 2, max: 10, spread: 4 / 6, samples: 5 });
  });
});
