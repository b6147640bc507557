import { registerCpuBackend } from '@tensortape/backend-cpu';
import { constant, multiply, reduceSum, square, subtract, Variable } from '@tensortape/core';
import { expectClose, loadFixture } from '@tensortape/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { Adagrad } from './adagrad';
import { Adam } from './adam';
import { AdamW } from './adamw';
import type { Optimizer } from './optimizer';
import { RMSprop } from './rmsprop';
import { SGD } from './sgd';

interface TrajectoryCase {
  optimizer: string;
  config: Record<string, number | boolean | string | null>;
  w0: number[];
  t: number[];
  c: number[];
  trajectory: number[][];
}

const { cases } = loadFixture<{ cases: TrajectoryCase[] }>('keras-optimizer-trajectories.json');

/** The optimizer a recorded Keras config describes, built from its snake_case hyperparameters. */
function fromKerasConfig(config: TrajectoryCase['config']): Optimizer {
  const num = (k: string) => (config[k] === null || config[k] === undefined ? undefined : Number(config[k]));
  const learningRate = num('learning_rate');
  const name = String(config.name);
  if (name.startsWith('sgd')) return new SGD({ learningRate, momentum: num('momentum'), nesterov: config.nesterov === true });
  if (name.startsWith('adam_w')) {
    return new AdamW({ learningRate, weightDecay: num('weight_decay'), beta1: num('beta_1'), beta2: num('beta_2'), epsilon: num('epsilon') });
  }
  if (name.startsWith('adam')) {
    return new Adam({ learningRate, beta1: num('beta_1'), beta2: num('beta_2'), epsilon: num('epsilon'), amsgrad: config.amsgrad === true });
  }
  if (name.startsWith('rm_sprop')) {
    return new RMSprop({ learningRate, rho: num('rho'), momentum: num('momentum'), epsilon: num('epsilon'), centered: config.centered === true });
  }
  if (name.startsWith('adagrad')) {
    return new Adagrad({ learningRate, initialAccumulatorValue: num('initial_accumulator_value'), epsilon: num('epsilon') });
  }
  throw new Error(`no optimizer for ${name}`);
}

beforeAll(() => registerCpuBackend());

describe('optimizers follow the trajectories recorded from Keras (TF 2.21, float32)', () => {
  it('covers every optimizer kind', () => {
    const kinds = new Set(cases.map((c) => c.optimizer.split('(')[0]));
    expect([...kinds].sort()).toEqual(['Adagrad', 'Adam', 'AdamW', 'RMSprop', 'SGD']);
  });

  it.each(cases.map((c) => [c.optimizer, c] as const))('%s', (_, c) => {
    const w = new Variable(new Float32Array(c.w0));
    const t = constant(new Float32Array(c.t));
    const k = constant(new Float32Array(c.c));
    const opt = fromKerasConfig(c.config);
    expect(c.trajectory).toHaveLength(6);
    for (const expected of c.trajectory) {
      opt.minimize(() => reduceSum(multiply(k, square(subtract(w, t)))), [w]);
      expectClose(w.value(), expected, { rtol: 1e-6, atol: 1e-7 });
    }
    expect(opt.step).toBe(6);
  });
});
