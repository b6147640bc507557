import { expectClose } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import * as tf from '../index';

const values = (t: tf.Tensor) => Array.from(t.dataSync());
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

/** Runs `draw` twice after the same global seed: TF's reproducibility contract. */
function twice<T extends tf.Tensor[]>(draw: () => [...T]): [T, T] {
  tf.random.setSeed(1234);
  const a = draw();
  tf.random.setSeed(1234);
  return [a, draw()];
}

describe('random.uniform', () => {
  it('samples floats in [minval, maxval) with the uniform mean and spread', () => {
    const xs = values(tf.random.uniform([20000], { minval: -2, maxval: 3, seed: 1 }));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...xs)).toBeLessThan(3);
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(std(xs) - 5 / Math.sqrt(12))).toBeLessThan(0.03);
  });

  it('defaults to float32 in [0, 1), and takes float64', () => {
    const x = tf.random.uniform([2, 3], { seed: 2 });
    expect([x.dtype, x.shape]).toEqual(['float32', [2, 3]]);
    const y = tf.random.uniform([1000], { dtype: 'float64', seed: 2 });
    expect(y.dtype).toBe('float64');
    expect(values(y).every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('samples every int32 of [minval, maxval) about equally often', () => {
    const xs = values(tf.random.uniform([6000], { minval: -3n, maxval: 3n, dtype: 'int32', seed: 3 }));
    const counts = [-3, -2, -1, 0, 1, 2].map((k) => xs.filter((v) => v === k).length);
    expect(counts.reduce((a, b) => a + b)).toBe(6000);
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
  });

  it('repeats after the same global seed, advances between calls, and differs between op seeds', () => {
    const [[a1, a2, b], [c1, c2, d]] = twice(() => [
      tf.random.uniform([5], { seed: 7 }),
      tf.random.uniform([5], { seed: 7 }),
      tf.random.uniform([5], { seed: 8 }),
    ]);
    expect(values(c1)).toEqual(values(a1));
    expect(values(c2)).toEqual(values(a2));
    expect(values(d)).toEqual(values(b));
    expect(values(a2)).not.toEqual(values(a1));
    expect(values(b)).not.toEqual(values(a1));
  });

  it("raises TF's errors", () => {
    expect(() => tf.random.uniform([2], { dtype: 'int32' })).toThrow(new tf.ValueError('Must specify maxval for integer dtype tf.int32'));
    expect(() => tf.random.uniform([2], { dtype: 'bool' })).toThrow(new tf.ValueError('Invalid dtype tf.bool'));
    expect(() => tf.random.uniform([2], { dtype: 'int32', minval: 5n, maxval: 5n })).toThrow(
      new tf.InvalidArgumentError('Need minval < maxval: 5 >= 5 [Op:RandomUniformInt] name: '),
    );
    expect(() => tf.random.uniform([2], { dtype: 'int32', maxval: 1.5 })).toThrow(new TypeError('Cannot convert 1.5 to EagerTensor of dtype int32'));
  });
});

describe('random.truncatedNormal', () => {
  it('keeps samples within two standard deviations, with the truncated spread', () => {
    const xs = values(tf.random.truncatedNormal([20000], { mean: 1, stddev: 0.5, dtype: 'float64', seed: 4 }));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(2);
    expect(Math.abs(mean(xs) - 1)).toBeLessThan(0.02);
    // A standard normal cut at ±2 has standard deviation 0.8796.
    expect(Math.abs(std(xs) - 0.5 * 0.8796)).toBeLessThan(0.01);
  });

  it('repeats after the same seeds and refuses integer dtypes', () => {
    const [[a], [b]] = twice(() => [tf.random.truncatedNormal([4], { seed: 5 })]);
    expect(values(b)).toEqual(values(a));
    expect(() => tf.random.truncatedNormal([2], { dtype: 'int32' })).toThrow(
      new tf.InvalidArgumentError("Value for attr 'T' of int32 is not in the list of allowed values: float, double [Op:TruncatedNormal] name: "),
    );
  });
});

describe('random.categorical', () => {
  it('draws classes with the softmax probabilities of each row', () => {
    const probs = [
      [0.2, 0.3, 0.5],
      [0.7, 0.1, 0.2],
    ];
    const s = tf.random.categorical(tf.log(tf.constant(probs)), 20000, { seed: 6 });
    expect([s.dtype, s.shape]).toEqual(['int32', [2, 20000]]);
    (s.numpy() as number[][]).forEach((row, b) => {
      probs[b]!.forEach((p, k) => expect(Math.abs(row.filter((v) => v === k).length / 20000 - p)).toBeLessThan(0.015));
    });
  });

  it('never draws a class with logit -inf, takes 0 samples, and repeats after the same seeds', () => {
    const s = tf.random.categorical(tf.constant([[0, -Infinity, 0]]), 1000, { seed: 7 });
    expect(values(s).includes(1)).toBe(false);
    expect(tf.random.categorical(tf.zeros([3, 2]), 0).shape).toEqual([3, 0]);
    const [[a], [b]] = twice(() => [tf.random.categorical(tf.zeros([2, 5]), 10, { seed: 8 })]);
    expect(b.numpy()).toEqual(a.numpy());
  });

  it('has no gradient', () => {
    const logits = tf.zeros([1, 3]);
    const tape = new tf.GradientTape();
    const s = tape.record(() => {
      tape.watch(logits);
      return tf.cast(tf.random.categorical(logits, 4, { seed: 9 }), 'float32');
    });
    expect(tape.gradient(s, logits)).toBeNull();
  });

  it("raises TF's errors", () => {
    const error = (detail: string) =>
      new tf.InvalidArgumentError(`{{function_node __wrapped__Multinomial_device_/job:localhost/replica:0/task:0/device:CPU:0}} ${detail} [Op:Multinomial] name: `);
    expect(() => tf.random.categorical(tf.ones([3]), 2)).toThrow(error('logits should be a matrix, got shape [3]'));
    expect(() => tf.random.categorical(tf.ones([1, 3]), -1)).toThrow(error('num_samples should be nonnegative, got -1'));
    expect(() => tf.random.categorical(tf.ones([1, 0]), 2)).toThrow(error('num_classes should be positive, got 0'));
    expect(() => tf.random.categorical(tf.ones([1, 3]), 2, { dtype: 'float32' })).toThrow(
      new tf.InvalidArgumentError("Value for attr 'output_dtype' of float is not in the list of allowed values: int32, int64 [Op:Multinomial] name: "),
    );
  });
});

describe('random.shuffle', () => {
  it('permutes the rows, keeping each row whole', () => {
    const x = tf.reshape(tf.range(20n), [10, 2]);
    const rows = tf.random.shuffle(x, { seed: 10 }).numpy() as number[][];
    expect(rows.map(([a, b]) => b! - a!)).toEqual(Array(10).fill(1));
    expect(rows.map(([a]) => a).sort((p, q) => p! - q!)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(rows.map(([a]) => a)).not.toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  it('repeats after the same seeds, and returns scalars as they are', () => {
    const [[a], [b]] = twice(() => [tf.random.shuffle(tf.range(8), { seed: 11 })]);
    expect(b.numpy()).toEqual(a.numpy());
    expect(tf.random.shuffle(tf.constant(3)).numpy()).toBe(3);
  });

  it('has the unshuffle as its gradient', () => {
    const x = tf.range(0, 6, 1, 'float64');
    const w = tf.constant([1, 10, 100, 1000, 10000, 100000], { dtype: 'float64' });
    tf.random.setSeed(3);
    const tape = new tf.GradientTape();
    const [y, s] = tape.record(() => {
      tape.watch(x);
      const y = tf.random.shuffle(x, { seed: 12 });
      return [y, tf.reduceSum(tf.multiply(w, y))];
    });
    // The element at position i of y came from x[y[i]], so x[y[i]] receives w[i].
    const expected = new Array<number>(6);
    (y.numpy() as number[]).forEach((from, i) => (expected[from] = (w.numpy() as number[])[i]!));
    expectClose(tape.gradient(s, x)!, tf.constant(expected, { dtype: 'float64' }));
  });
});
