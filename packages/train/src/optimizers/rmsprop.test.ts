import { registerCpuBackend } from '@tensortape/backend-cpu';
import { Variable } from '@tensortape/core';
import { expectClose } from '@tensortape/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { RMSprop } from './rmsprop';

beforeAll(() => registerCpuBackend());

const f64 = (x: number) => new Variable(x, { dtype: 'float64' });
const tight = { rtol: 1e-13, atol: 1e-15 };

describe('RMSprop (hand-computed updates, float64)', () => {
  it('has Keras defaults', () => {
    const opt = new RMSprop();
    expect([opt.learningRate, opt.rho, opt.momentum, opt.epsilon, opt.centered]).toEqual([0.001, 0.9, 0, 1e-7, false]);
    expect(opt.slotNames).toEqual(['velocity']);
    expect(new RMSprop({ momentum: 0.1, centered: true }).slotNames).toEqual(['velocity', 'momentum', 'averageGradient']);
  });

  it('divides by sqrt(velocity + epsilon)', () => {
    const w = f64(1);
    const opt = new RMSprop({ learningRate: 0.01 });
    opt.applyGradients([[2, w]]); // velocity 0.4; w -= 0.01 * 2 / sqrt(0.4 + 1e-7)
    expectClose(opt.getSlot(w, 'velocity'), 0.4, tight);
    expectClose(w, 0.9683772273511625, tight);
    opt.applyGradients([[2, w]]); // velocity 0.76
    expectClose(w, 0.9454356554734202, tight);
  });

  it('centered, with momentum', () => {
    const w = f64(1);
    const opt = new RMSprop({ learningRate: 0.01, momentum: 0.5, centered: true });
    // Step 1: velocity 0.4, mean gradient 0.2, increment 0.02 / sqrt(0.4 - 0.04 + 1e-7).
    opt.applyGradients([[2, w]]);
    expectClose(opt.getSlot(w, 'averageGradient'), 0.2, tight);
    expectClose(w, 0.9666666712962954, tight);
    // Step 2 with g = -1: velocity 0.46, mean 0.08, momentum 0.5 * m1 + increment.
    opt.applyGradients([[-1, w]]);
    expectClose(w, 0.9648478520806884, tight);
  });
});
