import { describe, expect, it } from 'vitest';
import * as tf from './index';

describe('grad, valueAndGrad, hessian', () => {
  it('grad of one argument gives one gradient, of several an array', () => {
    expect(String(tf.grad((x) => tf.pow(x, 3))(tf.constant(2)))).toBe('tf.Tensor(12.0, shape=(), dtype=float32)');
    const [da, db] = tf.grad((a: tf.Tensor, b: tf.Tensor) => tf.multiply(a, tf.square(b)))(2, 3);
    expect([da?.numpy(), db?.numpy()]).toEqual([9, 12]);
    expect(tf.grad((_a: tf.Tensor, b: tf.Tensor) => tf.square(b))(2, 3)[0]?.numpy()).toBe(0);
  });

  it('grad composes: the second derivative of sin-free polynomials', () => {
    const d2 = tf.grad((x) => tf.grad((y) => tf.pow(y, 4))(x));
    expect(d2(tf.constant(2, { dtype: 'float64' })).numpy()).toBe(48);
  });

  it('valueAndGrad returns both', () => {
    const { value, grad } = tf.valueAndGrad((x) => tf.reduceSum(tf.square(x)))(tf.constant([1, 2]));
    expect(value.numpy()).toBe(5);
    expect(grad.numpy()).toEqual([2, 4]);
  });

  it('hessian of a scalar function of a vector', () => {
    const h = tf.hessian((x) => tf.reduceSum(tf.multiply(tf.pow(x, 3), tf.constant([1, 2], { dtype: 'float64' }))));
    const out = h(tf.constant([1, 2], { dtype: 'float64' }));
    expect(out.shape).toEqual([2, 2]);
    expect(out.numpy()).toEqual([[6, 0], [0, 24]]);
  });
});
