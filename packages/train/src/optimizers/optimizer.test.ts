import { registerCpuBackend } from '@tensortape/backend-cpu';
import { constant, multiply, reduceSum, square, subtract, Variable, type Input } from '@tensortape/core';
import { GradientTape } from '@tensortape/autograd';
import { expectClose } from '@tensortape/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { CosineDecay } from '../schedules/cosine-decay';
import { Adagrad } from './adagrad';
import { Adam } from './adam';
import { AdamW } from './adamw';
import type { Optimizer } from './optimizer';
import { RMSprop } from './rmsprop';
import { SGD } from './sgd';

beforeAll(() => registerCpuBackend());

describe('applyGradients', () => {
  it('skips null gradients, updates the rest and counts one iteration', () => {
    const [a, b] = [new Variable([1, 1]), new Variable(5)];
    const opt = new Adam({ learningRate: 0.1 });
    opt.applyGradients([
      [null, a],
      [constant(2), b],
    ]);
    expect(a.numpy()).toEqual([1, 1]);
    expect(b.numpy()).not.toBe(5);
    expect(opt.iterations.numpy()).toBe(1);
    expect(opt.slottedVariables()).toEqual([b]);
    expect(() => opt.getSlot(a, 'm')).toThrow("The optimizer 'adam' has no slots for variable 'Variable:0' yet (it was never updated).");
  });

  it('refuses a step with no gradient at all, as Keras does', () => {
    const opt = new SGD();
    expect(() => opt.applyGradients([[null, new Variable(1)]])).toThrow('No gradients provided for any variable.');
    expect(opt.step).toBe(0);
  });

  it('checks every pair before changing anything', () => {
    const a = new Variable([1, 2]);
    const b = new Variable([3, 4]);
    const opt = new SGD({ learningRate: 1 });
    expect(() => opt.applyGradients([[[1, 1], a], [[1, 1, 1], b]])).toThrow(
      "The gradient for variable 'Variable:0' has shape (3,), but the variable has shape (2,).",
    );
    expect(() => opt.applyGradients([[[1, 1], a], [constant(new Float64Array([1, 1])), b]])).toThrow(
      "The gradient for variable 'Variable:0' has dtype float64, but the variable has dtype float32.",
    );
    expect(() => opt.applyGradients([[[1, 1], a], [1n, new Variable(1n)]])).toThrow('of dtype int32: only float32 and float64 variables train');
    expect([a.numpy(), b.numpy(), opt.step]).toEqual([[1, 2], [3, 4], 0]);
  });

  it('keeps slots as non-trainable Variables of the variable shape and dtype, listed in `variables`', () => {
    const w = new Variable(new Float64Array([1, 2, 3]), { name: 'w' });
    const opt = new RMSprop({ momentum: 0.5 });
    opt.build([w]);
    const velocity = opt.getSlot(w, 'velocity');
    expect(velocity).toBeInstanceOf(Variable);
    expect([velocity.trainable, velocity.dtype, velocity.shape, velocity.name]).toEqual([false, 'float64', [3], 'rmsprop/w_velocity:0']);
    expect(opt.variables.map((v) => v.name)).toEqual(['rmsprop/iteration:0', 'rmsprop/w_velocity:0', 'rmsprop/w_momentum:0']);
    expect(() => opt.getSlot(w, 'm')).toThrow("Unknown slot 'm'; the optimizer 'rmsprop' keeps: velocity, momentum.");
    opt.build([w]);
    expect(opt.getSlot(w, 'velocity')).toBe(velocity);
  });

  it('runs unrecorded, so a tape around it sees no update ops', () => {
    const w = new Variable(3);
    const opt = new SGD({ learningRate: 0.5 });
    const tape = new GradientTape({ persistent: true });
    tape.record(() => opt.applyGradients([[2, w]]));
    expect(w.numpy()).toBe(2);
    expect(tape.watchedVariables()).toEqual([]);
  });

  it('evaluates the learning rate at the step count (0 for the first update)', () => {
    const seen: number[] = [];
    const w = new Variable(0, { dtype: 'float64' });
    const opt = new SGD({
      learningRate: (step) => {
        seen.push(step);
        return 1 / (step + 1);
      },
    });
    for (let i = 0; i < 3; i++) opt.applyGradients([[-1, w]]);
    expect(seen).toEqual([0, 1, 2]);
    expectClose(w, 1 + 1 / 2 + 1 / 3, { rtol: 1e-15 });
    expect(opt.currentLearningRate()).toBe(0.25);
  });

  it('applies Keras-style weight decay to any optimizer', () => {
    const w = new Variable(2, { dtype: 'float64' });
    new SGD({ learningRate: 0.1, weightDecay: 0.5 }).applyGradients([[1, w]]); // 2 - 2*0.5*0.1 - 0.1*1
    expectClose(w, 1.8, { rtol: 1e-15 });
  });

  it('clips by norm, by value or by global norm', () => {
    const step = (options: ConstructorParameters<typeof SGD>[0], grads: number[][]) => {
      const vars = grads.map((g) => new Variable(new Float64Array(g.length)));
      new SGD({ learningRate: 1, ...options }).applyGradients(grads.map((g, i) => [new Float64Array(g), vars[i] as Variable]));
      return vars.map((v) => v.numpy());
    };
    const close = { rtol: 1e-15, atol: 0 };
    expectClose(step({ clipnorm: 1 }, [[3, 4]]), [[-0.6, -0.8]], close);
    expectClose(step({ clipvalue: 1 }, [[3, -0.5]]), [[-1, 0.5]], close);
    expectClose(step({ globalClipnorm: 1 }, [[3], [4]]), [[-0.6], [-0.8]], close);
    expectClose(step({ globalClipnorm: 10 }, [[3], [4]]), [[-3], [-4]], close);
    expect(() => new SGD({ clipnorm: 1, clipvalue: 1 })).toThrow(
      'Only one of `clipnorm`, `clipvalue` and `global_clipnorm` can be set. Received: clipnorm=1, clipvalue=1, global_clipnorm=undefined',
    );
  });
});

describe('minimize', () => {
  // A convex quadratic with its minimum at t: loss = sum(c * (w - t)²).
  const t = new Float64Array([1, 0.5, -0.5, 1]);
  const c = new Float64Array([2, 0.5, 1, 4]);
  const loss = (w: Variable) => () => reduceSum(multiply(c, square(subtract(w, t))));

  const cases: [string, () => Optimizer, number][] = [
    ['SGD', () => new SGD({ learningRate: 0.05 }), 300],
    ['SGD with Nesterov momentum', () => new SGD({ learningRate: 0.02, momentum: 0.9, nesterov: true }), 300],
    ['Adam with cosine decay', () => new Adam({ learningRate: new CosineDecay(0.1, 1000) }), 1000],
    ['AdamW without decay', () => new AdamW({ learningRate: new CosineDecay(0.1, 1000), weightDecay: 0 }), 1000],
    ['RMSprop, centered', () => new RMSprop({ learningRate: new CosineDecay(0.05, 1000), centered: true }), 1000],
    ['Adagrad', () => new Adagrad({ learningRate: 0.5 }), 1000],
  ];

  it.each(cases)('%s reaches the optimum of a convex quadratic', (_, make, steps) => {
    const w = new Variable(new Float64Array([3, -2, 0.25, 1]));
    const opt = make();
    let last = Infinity;
    for (let i = 0; i < steps; i++) last = opt.minimize(loss(w), [w]).dataSync()[0] as number;
    expectClose(w, t, { atol: 1e-3, rtol: 0 });
    expect(last).toBeLessThan(1e-5);
  });

  it('returns the loss before the update and trains variables that tapes do not watch by default', () => {
    const x = new Variable(5, { trainable: false });
    const opt = new SGD({ learningRate: 0.1 });
    const value = opt.minimize((): Input => square(subtract(x, 3)), [x]);
    expect(value.numpy()).toBe(4);
    expectClose(x, 4.6, { rtol: 1e-7 }); // 5 - 0.1 * 2 * (5 - 3)
  });
});
