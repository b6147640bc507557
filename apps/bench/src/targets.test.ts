import { describe, expect, it } from 'vitest';
import type { Measurement } from './run';
import { checkTargets, speedup } from './targets';

const m = (workload: Measurement['workload'], size: number, engine: Measurement['engine'], value: number): Measurement => ({
  workload,
  size,
  engine,
  value,
});

describe('targets', () => {
  it('reads a speedup as how many times better tensortape float32 is', () => {
    const results = [m('matmul', 512, 'tensortape-f32', 4), m('matmul', 512, 'tfjs-cpu', 1), m('tape', 500, 'tensortape-f32', 2), m('tape', 500, 'jax-wasm', 30)];
    expect(speedup(results, 'matmul', 512, 'tfjs-cpu')).toBe(4); // GFLOP/s: higher is better
    expect(speedup(results, 'tape', 500, 'jax-wasm')).toBe(15); // µs/op: lower is better
    expect(speedup(results, 'tape', 500, 'tfjs-cpu')).toBeNull();
  });

  it('marks each target met, missed or not measured', () => {
    const results = [
      m('matmul', 512, 'tensortape-f32', 3.9),
      m('matmul', 512, 'tfjs-cpu', 1),
      m('reduce-sum', 2 ** 20, 'tensortape-f32', 1),
      m('reduce-sum', 2 ** 20, 'tfjs-wasm', 1),
    ];
    const byText = new Map(checkTargets(results).map((t) => [t.text, t.met]));
    expect(byText.get('matmul 512: at least 4× TensorFlow.js cpu')).toBe(false);
    expect(byText.get('reduceSum 2^20: no slower than TensorFlow.js wasm')).toBe(true);
    expect(byText.get('MLP step: at least 3× faster than TensorFlow.js cpu')).toBeNull();
  });
});
