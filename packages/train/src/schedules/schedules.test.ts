import { describe, expect, it } from 'vitest';
import { CosineDecay } from './cosine-decay';
import { ExponentialDecay } from './exponential-decay';
import { learningRateAt } from './learning-rate-schedule';
import { PiecewiseConstantDecay } from './piecewise-constant-decay';

describe('learning-rate schedules (Keras formulas)', () => {
  it('ExponentialDecay: initial * rate ** (step / decaySteps), floored with staircase', () => {
    const smooth = new ExponentialDecay(0.1, 10, 0.5);
    expect(smooth.call(0)).toBe(0.1);
    expect(smooth.call(10)).toBe(0.05);
    expect(smooth.call(5)).toBeCloseTo(0.1 * Math.SQRT1_2, 15);
    const stairs = new ExponentialDecay(0.1, 10, 0.5, { staircase: true });
    expect([stairs.call(9), stairs.call(10), stairs.call(25)]).toEqual([0.1, 0.05, 0.025]);
    expect(() => new ExponentialDecay(0.1, 0, 0.5)).toThrow('Argument `decay_steps` must be > 0. Received: decay_steps=0');
  });

  it('PiecewiseConstantDecay: values[i] up to and including boundaries[i]', () => {
    const s = new PiecewiseConstantDecay([100, 110], [1, 0.5, 0.1]);
    expect([0, 100, 101, 110, 111, 1e6].map((step) => s.call(step))).toEqual([1, 1, 0.5, 0.5, 0.1, 0.1]);
    expect(() => new PiecewiseConstantDecay([1], [1])).toThrow(
      'The length of boundaries should be 1 less than the length of values. Received: boundaries=[1] of length 1, and values=[1] of length 1.',
    );
    expect(() => new PiecewiseConstantDecay([2, 1], [1, 2, 3])).toThrow('`boundaries` must be strictly increasing');
  });

  it('CosineDecay: half a cosine from the start down to alpha times it, then flat', () => {
    const s = new CosineDecay(2, 100, { alpha: 0.1 });
    expect(s.call(0)).toBe(2);
    expect(s.call(50)).toBeCloseTo(2 * (0.9 * 0.5 + 0.1), 14);
    expect(s.call(25)).toBeCloseTo(2 * (0.9 * 0.5 * (1 + Math.SQRT1_2) + 0.1), 14);
    expect(s.call(100)).toBeCloseTo(0.2, 14);
    expect(s.call(1000)).toBeCloseTo(0.2, 14);
  });

  it('CosineDecay with warmup: linear from the initial rate to the target, then the decay', () => {
    const s = new CosineDecay(0, 100, { warmupTarget: 1, warmupSteps: 10 });
    expect([s.call(0), s.call(5)]).toEqual([0, 0.5]);
    expect(s.call(10)).toBe(1);
    expect(s.call(60)).toBeCloseTo(0.5, 14);
    expect(s.call(110)).toBeCloseTo(0, 14);
    expect(s.call(500)).toBeCloseTo(0, 14);
  });

  it('a learning rate may be a number, a schedule or a function, and must be finite', () => {
    expect(learningRateAt(0.3, 7)).toBe(0.3);
    expect(learningRateAt(new PiecewiseConstantDecay([5], [1, 2]), 7)).toBe(2);
    expect(learningRateAt((step) => step / 2, 7)).toBe(3.5);
    expect(() => learningRateAt(() => NaN, 3)).toThrow('The learning rate must be a finite number. Received: learning_rate=NaN at step 3');
  });
});
