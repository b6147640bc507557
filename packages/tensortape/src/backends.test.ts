import { registerCountingBackend } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import * as tf from './index';

describe('backends plug in through the registry', () => {
  it('a second backend that wraps the CPU kernels runs every op, gradients included', () => {
    const calls = registerCountingBackend('counting', 'cpu', () => new tf.CpuBackend());
    tf.setBackend('counting');
    try {
      const x = new tf.Variable([1, 2, 3]);
      const tape = new tf.GradientTape();
      const y = tape.record(() => tf.reduceSum(tf.square(x)));
      const g = tape.gradient(y, x);
      expect(g?.numpy()).toEqual([2, 4, 6]);
      expect(g?.backend.name).toBe('counting');
      expect(calls.get(tf.Square)).toBe(1);
      expect(calls.get(tf.Sum)).toBe(1);
      expect(calls.get(tf.Mul)).toBeGreaterThanOrEqual(2);
    } finally {
      tf.setBackend('cpu');
    }
  });

  it('the umbrella registers the CPU backend by default', () => {
    expect(tf.getBackend().name).toBe('cpu');
    expect(tf.getKernelNames('cpu')).toContain(tf.Add);
  });
});
