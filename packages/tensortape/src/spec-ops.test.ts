import { describe, expect, it } from 'vitest';
import * as tf from './index';

/** Cases of the reference spec §4 that go through the wider op library. */
describe('reference cases through the op library', () => {
  it('T31: dense layer, several variables', () => {
    const w = new tf.Variable([[1, 2], [3, 4]]);
    const b = new tf.Variable([0.5, -0.5]);
    const x = tf.constant([[1, 1]]);
    const tape = new tf.GradientTape();
    const loss = tape.record(() => tf.reduceMean(tf.pow(tf.matmul(x, w).add(b), 2)));
    const [dw, db] = tape.gradient(loss, [w, b]);
    expect(String(loss)).toBe('tf.Tensor(25.25, shape=(), dtype=float32)');
    expect(String(dw)).toBe('tf.Tensor(\n[[4.5 5.5]\n [4.5 5.5]], shape=(2, 2), dtype=float32)');
    expect(String(db)).toBe('tf.Tensor([4.5 5.5], shape=(2,), dtype=float32)');
  });

  it('T46: only float dtypes get gradients', () => {
    const lines = (['float32', 'float64', 'int32', 'bool'] as const).map((dt) => {
      const x = new tf.Variable(dt === 'bool' ? true : tf.ones([], dt));
      const t = new tf.GradientTape();
      const y = t.record(() => tf.identity(x));
      return `${dt} ${tf.str(t.gradient(y, x))}`;
    });
    expect(lines).toEqual([
      'float32 tf.Tensor(1.0, shape=(), dtype=float32)',
      'float64 tf.Tensor(1.0, shape=(), dtype=float64)',
      'int32 None',
      'bool None',
    ]);
  });

  it('T52: derivatives of sin keep the signed zero', () => {
    const x = tf.constant(0);
    const t = new tf.GradientTape({ persistent: true });
    const [d1, d2, d3] = t.record(() => {
      t.watch(x);
      const y = tf.sin(x);
      const d1 = t.gradient(y, x)!;
      const d2 = t.gradient(d1, x)!;
      return [d1, d2, t.gradient(d2, x)!];
    });
    expect([d1, d2, d3].map(String)).toEqual([
      'tf.Tensor(1.0, shape=(), dtype=float32)',
      'tf.Tensor(-0.0, shape=(), dtype=float32)',
      'tf.Tensor(-1.0, shape=(), dtype=float32)',
    ]);
  });

  it('T56: reduceMax splits ties evenly', () => {
    const x = new tf.Variable([1, 3, 3, 2]);
    const t = new tf.GradientTape();
    const m = t.record(() => tf.reduceMax(x));
    expect(String(t.gradient(m, x))).toBe('tf.Tensor([0.  0.5 0.5 0. ], shape=(4,), dtype=float32)');
  });

  it('T57: matmul', () => {
    const a = new tf.Variable([[1, 2], [3, 4]]);
    const b = new tf.Variable([[5, 6], [7, 8]]);
    const t = new tf.GradientTape();
    const c = t.record(() => tf.matmul(a, b));
    const [da, db] = t.gradient(c, [a, b]);
    expect(String(c)).toBe('tf.Tensor(\n[[19. 22.]\n [43. 50.]], shape=(2, 2), dtype=float32)');
    expect(String(da)).toBe('tf.Tensor(\n[[11. 15.]\n [11. 15.]], shape=(2, 2), dtype=float32)');
    expect(String(db)).toBe('tf.Tensor(\n[[4. 4.]\n [6. 6.]], shape=(2, 2), dtype=float32)');
  });

  it('T58: sigmoid and mean squared error', () => {
    const w = new tf.Variable([[0.5], [-0.5]]);
    const b = new tf.Variable(0);
    const x = tf.constant([[1, 2], [3, 4]]);
    const yTrue = tf.constant([[1], [0]]);
    const t = new tf.GradientTape();
    const loss = t.record(() => {
      const y = tf.sigmoid(tf.matmul(x, w).add(b));
      return tf.reduceMean(tf.pow(y.subtract(yTrue), 2));
    });
    const [gw, gb] = t.gradient(loss, [w, b]);
    expect(String(loss)).toBe('tf.Tensor(0.2649963, shape=(), dtype=float32)');
    expect(String(gw)).toBe('tf.Tensor(\n[[0.11989013]\n [0.06233335]], shape=(2, 1), dtype=float32)');
    expect(String(gb)).toBe('tf.Tensor(-0.057556786, shape=(), dtype=float32)');
  });

  it('T62, T63: custom gradients from the TF docs', () => {
    const clipGradients = tf.customGradient((y) => [y, (dy: tf.Tensor) => tf.clipByNorm(dy, 0.5)]);
    const v = new tf.Variable(2);
    const t = new tf.GradientTape();
    const out = t.record(() => clipGradients(v.multiply(v)));
    expect(String(t.gradient(out, v))).toBe('tf.Tensor(2.0, shape=(), dtype=float32)');

    const log1pexp = tf.customGradient((x) => {
      const e = tf.exp(x);
      return [tf.log(tf.add(1, e)), (upstream: tf.Tensor) => upstream.multiply(tf.subtract(1, tf.divide(1, tf.add(1, e))))];
    });
    const x = tf.constant(100);
    const tape = new tf.GradientTape();
    const y = tape.record(() => {
      tape.watch(x);
      return log1pexp(x);
    });
    expect(String(y)).toBe('tf.Tensor(inf, shape=(), dtype=float32)');
    expect(String(tape.gradient(y, x))).toBe('tf.Tensor(1.0, shape=(), dtype=float32)');
  });

  it('T73: relu, abs, sqrt and maximum at 0', () => {
    const x = new tf.Variable([-1, 0, 2]);
    const t = new tf.GradientTape({ persistent: true });
    const [r, a, s, m] = t.record(() => [tf.relu(x), tf.abs(x), tf.sqrt(tf.abs(x)), tf.maximum(x, 0)]);
    expect([r, a, s, m].map((y) => String(t.gradient(y, x)))).toEqual([
      'tf.Tensor([0. 0. 1.], shape=(3,), dtype=float32)',
      'tf.Tensor([-1.  0.  1.], shape=(3,), dtype=float32)',
      'tf.Tensor([-0.5                nan  0.35355338], shape=(3,), dtype=float32)',
      'tf.Tensor([0. 1. 1.], shape=(3,), dtype=float32)',
    ]);
  });

  it('T75: gather gives a dense gradient (TF gives IndexedSlices of the same sum)', () => {
    const v = new tf.Variable([[1, 2], [3, 4], [5, 6]]);
    const t = new tf.GradientTape();
    const y = t.record(() => tf.reduceSum(tf.gather(v, tf.constant([0n, 2n, 0n]))));
    expect(String(t.gradient(y, v))).toBe('tf.Tensor(\n[[2. 2.]\n [0. 0.]\n [1. 1.]], shape=(3, 2), dtype=float32)');
  });
});
