import { describe, expect, it } from 'vitest';
import { ENGINE_IDS } from './engines';
import { DEFAULT_TIMING } from './measure';
import { parseOptions } from './options';
import { WORKLOAD_IDS } from './workloads';

describe('bench options', () => {
  it('defaults to every workload and engine at the issue sizes', () => {
    const o = parseOptions([]);
    expect(o.workloads).toEqual(WORKLOAD_IDS);
    expect(o.engines).toEqual(ENGINE_IDS);
    expect(o.sizes.get('matmul')).toEqual([128, 256, 512, 1024]);
    expect(o.sizes.get('elementwise')).toEqual([2 ** 20]);
    expect(o.timing).toEqual(DEFAULT_TIMING);
    expect(o.json).toMatch(/apps[/\\]bench[/\\]results[/\\]latest\.json$/);
  });

  it('selects workloads, engines, sizes and timing', () => {
    const o = parseOptions(['--only', 'matmul,tape', '--engines=tfjs-cpu', '--size', 'matmul=64,96', '--reps', '4', '--rounds=2', '--json', 'none']);
    expect(o.workloads).toEqual(['matmul', 'tape']);
    expect(o.engines).toEqual(['tfjs-cpu']);
    expect(o.sizes.get('matmul')).toEqual([64, 96]);
    expect(o.timing).toMatchObject({ minReps: 4, rounds: 2 });
    expect(o.json).toBeNull();
  });

  it('runs tiny sizes with two repetitions for --tiny', () => {
    const o = parseOptions(['--tiny']);
    expect(o.sizes.get('matmul')).toEqual([7]);
    expect(o.timing).toMatchObject({ warmup: 1, minReps: 2, maxReps: 2 });
  });

  it('refuses what it does not know', () => {
    expect(() => parseOptions(['--only', 'fft'])).toThrow("Unknown workload 'fft'");
    expect(() => parseOptions(['--engines', 'onnx'])).toThrow("Unknown engine 'onnx'");
    expect(() => parseOptions(['--size', 'matmul=0'])).toThrow('positive integers');
    expect(() => parseOptions(['--reps'])).toThrow('--reps needs a value');
    expect(() => parseOptions(['--fast'])).toThrow("Unknown option '--fast'");
  });
});
