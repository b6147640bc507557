import { registerCpuBackend } from '@tensortape/backend-cpu';
import { Variable } from '@tensortape/core';
import { expectClose } from '@tensortape/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { Adam } from './adam';
import { AdamW } from './adamw';

beforeAll(() => registerCpuBackend());

const f64 = (x: number[]) => new Variable(new Float64Array(x));
const tight = { rtol: 1e-13, atol: 1e-15 };

describe('Adam (hand-computed updates, float64)', () => {
  it('has Keras defaults', () => {
    const opt = new Adam();
    expect([opt.learningRate, opt.beta1, opt.beta2, opt.epsilon, opt.amsgrad, opt.name]).toEqual([0.001, 0.9, 0.999, 1e-7, false, 'adam']);
    expect(opt.slotNames).toEqual(['m', 'v']);
    expect(new Adam({ amsgrad: true }).slotNames).toEqual(['m', 'v', 'vhat']);
  });

  it('follows m, v and the bias-corrected step size over two steps', () => {
    const w = f64([1, -1]);
    const opt = new Adam({ learningRate: 0.1 });
    // Step 1: m = 0.1 g, v = 0.001 g², alpha = 0.1 sqrt(0.001) / 0.1; w -= alpha m / (sqrt(v) + 1e-7).
    opt.applyGradients([[new Float64Array([3, -0.5]), w]]);
    expectClose(opt.getSlot(w, 'm'), [0.3, -0.05], tight);
    expectClose(opt.getSlot(w, 'v'), [0.009, 0.00025], tight);
    expectClose(w, [0.9000001054091442, -0.9000006324515321], tight);
    // Step 2 with g = [1, 1]: m = [0.37, 0.055], v = [0.009991, 0.00124975], alpha = 0.1 sqrt(1 - 0.999²) / (1 - 0.9²).
    opt.applyGradients([[new Float64Array([1, 1]), w]]);
    expectClose(opt.getSlot(w, 'm'), [0.37, 0.055], tight);
    expectClose(opt.getSlot(w, 'v'), [0.009991, 0.00124975], tight);
    expectClose(w, [0.8128937974822429, -0.9366108815953381], tight);
  });

  it('amsgrad divides by the running maximum of v', () => {
    const run = (amsgrad: boolean) => {
      const w = f64([1]);
      const opt = new Adam({ learningRate: 0.1, beta2: 0.5, amsgrad });
      opt.applyGradients([[new Float64Array([3]), w]]); // v = 4.5
      opt.applyGradients([[new Float64Array([0.1]), w]]); // v = 2.255, vhat stays 4.5
      return { w, opt };
    };
    const ams = run(true);
    expectClose(ams.opt.getSlot(ams.w, 'vhat'), [4.5], tight);
    expectClose(ams.w, [0.8398371015870558], tight);
    expectClose(run(false).w, [0.8150111924248142], tight);
  });
});

describe('AdamW', () => {
  it('decays the weights by lr * weightDecay before the Adam step', () => {
    const w = f64([1]);
    const opt = new AdamW({ learningRate: 0.1, weightDecay: 0.5 });
    opt.applyGradients([[new Float64Array([0]), w]]); // 1 - 1 * 0.5 * 0.1; a zero gradient moves nothing
    expectClose(w, [0.95], tight);
    opt.applyGradients([[new Float64Array([0]), w]]);
    expectClose(w, [0.9025], tight);
  });

  it('defaults to weightDecay 0.004, as Keras', () => {
    const opt = new AdamW();
    expect([opt.weightDecay, opt.name, opt.learningRate]).toEqual([0.004, 'adamw', 0.001]);
  });
});
