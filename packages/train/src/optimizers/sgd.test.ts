import { registerCpuBackend } from '@tensortape/backend-cpu';
import { Variable } from '@tensortape/core';
import { expectClose } from '@tensortape/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { SGD } from './sgd';

beforeAll(() => registerCpuBackend());

const f64 = (x: number) => new Variable(x, { dtype: 'float64' });
const tight = { rtol: 1e-14, atol: 1e-15 };

describe('SGD (hand-computed updates, float64)', () => {
  it('has Keras defaults: learning rate 0.01, no momentum, no slots', () => {
    const opt = new SGD();
    expect([opt.learningRate, opt.momentum, opt.nesterov, opt.name]).toEqual([0.01, 0, false, 'SGD']);
    expect(opt.slotNames).toEqual([]);
  });

  it('plain: w -= lr * g', () => {
    const w = f64(2);
    const opt = new SGD({ learningRate: 0.1 });
    opt.applyGradients([[4, w]]); // 2 - 0.1 * 4
    expectClose(w, 1.6, tight);
    opt.applyGradients([[-2, w]]); // 1.6 + 0.1 * 2
    expectClose(w, 1.8, tight);
  });

  it('momentum: velocity = m * velocity - lr * g, w += velocity', () => {
    const w = f64(1);
    const opt = new SGD({ learningRate: 0.1, momentum: 0.9 });
    opt.applyGradients([[1, w]]); // velocity -0.1
    expectClose(w, 0.9, tight);
    expectClose(opt.getSlot(w, 'momentum'), -0.1, tight);
    opt.applyGradients([[1, w]]); // velocity 0.9 * -0.1 - 0.1 = -0.19
    expectClose(opt.getSlot(w, 'momentum'), -0.19, tight);
    expectClose(w, 0.71, tight);
  });

  it('nesterov: w += m * velocity - lr * g', () => {
    const w = f64(1);
    const opt = new SGD({ learningRate: 0.1, momentum: 0.9, nesterov: true });
    opt.applyGradients([[1, w]]); // velocity -0.1; w += 0.9 * -0.1 - 0.1
    expectClose(w, 0.81, tight);
    opt.applyGradients([[1, w]]); // velocity -0.19; w += 0.9 * -0.19 - 0.1
    expectClose(w, 0.539, tight);
  });

  it('rejects a momentum outside [0, 1] as Keras does', () => {
    expect(() => new SGD({ momentum: 1.5 })).toThrow('`momentum` must be a float between [0, 1]. Received: momentum=1.5');
  });
});
