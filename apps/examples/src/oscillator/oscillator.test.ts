import * as tf from 'tensortape';
import { expectClose } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import { exactSolution } from './exact-solution';
import { derivatives, residual } from './residual';
import { solveOscillator } from './solve-oscillator';

const t = tf.constant(new Float64Array([0, 0.5, 1, 2.5]), { shape: [4, 1] });
const oscillator = { zeta: 0.2, omega: 1 };

describe('the damped oscillator example', () => {
  it('takes first and second derivatives with nested tapes', () => {
    const d = derivatives((x) => tf.pow(x, 3), t);
    expectClose(d.u, [[0], [0.125], [1], [15.625]], { rtol: 1e-15 });
    expectClose(d.du, [[0], [0.75], [3], [18.75]], { rtol: 1e-15 });
    expectClose(d.d2u, [[0], [3], [6], [15]], { rtol: 1e-15 });
  });

  it('the closed-form motion has a zero residual, and a wrong one does not', () => {
    const { zeta, omega } = oscillator;
    const damped = omega * Math.sqrt(1 - zeta * zeta);
    const exact = (x: tf.Tensor) =>
      tf.multiply(tf.exp(tf.multiply(x, -zeta * omega)), tf.add(tf.cos(tf.multiply(x, damped)), tf.multiply(tf.sin(tf.multiply(x, damped)), (zeta * omega) / damped)));
    expectClose(exact(t), [0, 0.5, 1, 2.5].map((x) => [exactSolution(oscillator, x)]), { rtol: 1e-14 });
    expectClose(residual(exact, t, oscillator), [[0], [0], [0], [0]], { atol: 1e-14 });
    // cos(ωt) would solve the undamped equation, not this one: its residual is -2ζω² sin(ωt).
    expectClose(residual((x) => tf.cos(x), t, oscillator), [0, 0.5, 1, 2.5].map((x) => [-0.4 * Math.sin(x)]), { rtol: 1e-13, atol: 1e-15 });
  });

  it('a short training run learns the motion from the equation alone', () => {
    const progress: number[] = [];
    const solution = solveOscillator({ ...oscillator, tEnd: 4, points: 32, steps: 300, every: 100, onProgress: (p) => progress.push(p.step) });
    expect(progress).toEqual([100, 200, 300]);
    expect(solution.losses).toHaveLength(300);
    expect(solution.losses[299]).toBeLessThan((solution.losses[0] as number) / 100);
    expect(solution.maxError).toBeLessThan(0.05);
    // The initial conditions hold exactly by construction.
    expect(solution.u(tf.constant(new Float64Array([0]), { shape: [1, 1] })).dataSync()[0]).toBe(1);
  });
});
