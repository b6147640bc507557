import { describe, expect, it } from 'vitest';
import * as tf from './index';

describe("TF's namespaces", () => {
  it('tf.math, tf.nn and tf.linalg hold the same functions as the top level', () => {
    expect(tf.nn.relu).toBe(tf.relu);
    expect(tf.nn.maxPool2d).toBe(tf.maxPool);
    expect(tf.nn.swish).toBe(tf.silu);
    expect(tf.math.floormod).toBe(tf.mod);
    expect(tf.math.reduceStd).toBe(tf.reduceStd);
    expect(tf.linalg.norm).toBe(tf.norm);
    for (const ns of [tf.math, tf.nn, tf.linalg]) {
      for (const [name, fn] of Object.entries(ns)) expect(typeof fn, name).toBe('function');
    }
  });

  it('ported TF code reads the same', () => {
    const x = tf.constant([[-1, 2]]);
    expect(String(tf.nn.relu(tf.linalg.matmul(x, tf.constant([[1], [1]]))))).toBe('tf.Tensor([[1.]], shape=(1, 1), dtype=float32)');
    expect(tf.math.reduceLogSumExp(tf.constant([0, 0], { dtype: 'float64' })).numpy()).toBeCloseTo(Math.LN2, 12);
  });
});
