import { describe, expect, it } from 'vitest';
import * as tf from './index';

const f32 = (v: number) => `tf.Tensor(${v.toFixed(1)}, shape=(), dtype=float32)`;

describe('stopGradient (T60, T61)', () => {
  it('blocks the gradient through its argument', () => {
    const x = new tf.Variable(2);
    const t = new tf.GradientTape();
    const y = t.record(() => x.multiply(tf.stopGradient(x)));
    expect(String(t.gradient(y, x))).toBe(f32(2));
  });

  it('on the whole target gives null, or zeros with unconnected zero', () => {
    const x = new tf.Variable(2);
    const t = new tf.GradientTape({ persistent: true });
    const y = t.record(() => tf.stopGradient(x.multiply(x)));
    expect(t.gradient(y, x)).toBeNull();
    expect(String(t.gradient(y, x, { unconnectedGradients: 'zero' }))).toBe(f32(0));
    expect(tf.stopGradient(x)).toBeInstanceOf(tf.Tensor);
    expect(String(tf.stopGradient(x))).toBe(f32(2));
  });
});

describe('customGradient', () => {
  it('two inputs, gradient chosen by the user (T64)', () => {
    const myMul = tf.customGradient((x, y) => [x.multiply(y), (dr: tf.Tensor) => [dr.multiply(y), dr.multiply(x).multiply(10)]]);
    const a = new tf.Variable(2);
    const b = new tf.Variable(3);
    const t = new tf.GradientTape();
    const c = t.record(() => myMul(a, b));
    expect(String(c)).toBe(f32(6));
    expect(tf.repr(t.gradient(c, [a, b]))).toBe(
      '[<tf.Tensor: shape=(), dtype=float32, numpy=3.0>, <tf.Tensor: shape=(), dtype=float32, numpy=20.0>]',
    );
  });

  it('hands variables read inside to the gradient function (T65)', () => {
    const w = new tf.Variable(3);
    const f = tf.customGradient((x) => [x.multiply(w), (dy: tf.Tensor, variables) => [dy.multiply(w), variables.map(() => dy.multiply(100))]]);
    const x = tf.constant(2);
    const t = new tf.GradientTape();
    const y = t.record(() => {
      t.watch(x);
      return f(x);
    });
    expect(tf.repr(t.gradient(y, [x, w]))).toBe(
      '[<tf.Tensor: shape=(), dtype=float32, numpy=3.0>, <tf.Tensor: shape=(), dtype=float32, numpy=100.0>]',
    );
  });

  it('requires the variables parameter when variables are read, at call time', () => {
    const w = new tf.Variable(3);
    const f = tf.customGradient((x) => [x.multiply(w), (dy: tf.Tensor) => dy]);
    expect(() => f(tf.constant(1))).toThrow(
      new TypeError(
        "@tf.custom_gradient grad_fn must accept keyword argument 'variables', since function uses variables: [<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=3.0>]",
      ),
    );
  });

  it('checks the number of gradients (T66) and of variable gradients', () => {
    const identity = tf.customGradient((x) => [x, () => []]);
    const x = new tf.Variable(1);
    const t = new tf.GradientTape();
    const y = t.record(() => identity(x));
    expect(() => t.gradient(y, [x])).toThrow(
      new tf.ValueError('custom_gradient function expected to return 1 gradients, but returned 0 instead.'),
    );
    const w = new tf.Variable(3);
    const f = tf.customGradient((x) => [x.multiply(w), (dy: tf.Tensor, _variables) => [dy, []]]);
    const t2 = new tf.GradientTape();
    const y2 = t2.record(() => f(tf.constant(1)));
    expect(() => t2.gradient(y2, w)).toThrow('Must return gradient for each variable from @custom_gradient grad_fn.');
  });

  it('composes with higher-order gradients through the gradient function', () => {
    // f(x) = x³ with a hand-written gradient 3x²·dy: second and third derivatives flow through it.
    const cube = tf.customGradient((x) => [tf.pow(x, 3), (dy: tf.Tensor) => dy.multiply(tf.square(x)).multiply(3)]);
    const x = tf.constant(2, { dtype: 'float64' });
    const t3 = new tf.GradientTape();
    const t2 = new tf.GradientTape();
    const t1 = new tf.GradientTape();
    const d2 = t3.record(() => {
      t3.watch(x);
      const d1 = t2.record(() => {
        t2.watch(x);
        const y = t1.record(() => {
          t1.watch(x);
          return cube(x);
        });
        return t1.gradient(y, x)!;
      });
      expect(d1.numpy()).toBe(12);
      return t2.gradient(d1, x)!;
    });
    expect(d2.numpy()).toBe(12);
    expect(t3.gradient(d2, x)?.numpy()).toBe(6);
  });

  it('supports several outputs, each with its upstream gradient', () => {
    const split = tf.customGradient((x) => [[x.multiply(2), x.multiply(3)], ([da, db]: readonly tf.Tensor[]) => da!.multiply(20).add(db!.multiply(30))]);
    const x = tf.constant(1);
    const t = new tf.GradientTape();
    const [a, b] = t.record(() => {
      t.watch(x);
      return split(x);
    });
    expect([a!.numpy(), b!.numpy()]).toEqual([2, 3]);
    expect(t.gradient([a!, b!], x)?.numpy()).toBe(50);
  });
});
