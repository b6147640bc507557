import { registerCpuBackend } from '@tensortape/backend-cpu';
import { Variable } from '@tensortape/core';
import { expectClose } from '@tensortape/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { Adagrad } from './adagrad';

beforeAll(() => registerCpuBackend());

const tight = { rtol: 1e-13, atol: 1e-15 };

describe('Adagrad (hand-computed updates, float64)', () => {
  it('has Keras defaults', () => {
    const opt = new Adagrad();
    expect([opt.learningRate, opt.initialAccumulatorValue, opt.epsilon]).toEqual([0.001, 0.1, 1e-7]);
  });

  it('sums squared gradients from the initial accumulator value', () => {
    const w = new Variable(1, { dtype: 'float64' });
    const opt = new Adagrad({ learningRate: 0.1 });
    opt.applyGradients([[2, w]]); // accumulator 0.1 + 4; w -= 0.1 * 2 / sqrt(4.1 + 1e-7)
    expectClose(opt.getSlot(w, 'accumulator'), 4.1, tight);
    expectClose(w, 0.9012270415395893, tight);
    opt.applyGradients([[1, w]]); // accumulator 5.1
    expectClose(w, 0.8569462976967095, tight);
  });

  it('refuses a negative initial accumulator', () => {
    expect(() => new Adagrad({ initialAccumulatorValue: -1 })).toThrow('`initial_accumulator_value` must be non-negative');
  });
});
