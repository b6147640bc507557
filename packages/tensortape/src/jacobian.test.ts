import { describe, expect, it } from 'vitest';
import * as tf from './index';

describe('jacobian and batchJacobian', () => {
  it('of an element-wise op (T67)', () => {
    const g = new tf.GradientTape();
    const x = tf.constant([1, 2]);
    const y = g.record(() => {
      g.watch(x);
      return x.multiply(x);
    });
    expect(String(g.jacobian(y, x))).toBe('tf.Tensor(\n[[2. 0.]\n [0. 4.]], shape=(2, 2), dtype=float32)');
  });

  it('with two sources, answered as a list (T68)', () => {
    const g = new tf.GradientTape();
    const x = tf.constant([1, 2]);
    const y = tf.constant([3, 4]);
    const z = g.record(() => {
      g.watch(x);
      g.watch(y);
      return x.multiply(x).multiply(y);
    });
    expect(tf.repr(g.jacobian(z, [x, y]))).toBe(
      '[<tf.Tensor: shape=(2, 2), dtype=float32, numpy=\narray([[ 6.,  0.],\n       [ 0., 16.]], dtype=float32)>, ' +
        '<tf.Tensor: shape=(2, 2), dtype=float32, numpy=\narray([[1., 0.],\n       [0., 4.]], dtype=float32)>]',
    );
  });

  it('has shape target.shape + source.shape (T69)', () => {
    const x = new tf.Variable([[1, 2], [3, 4]]);
    const g = new tf.GradientTape();
    const y = g.record(() => tf.reduceSum(x, 1));
    const j = g.jacobian(y, x) as tf.Tensor;
    expect(j.shape).toEqual([2, 2, 2]);
    expect(String(j)).toBe(
      'tf.Tensor(\n[[[1. 1.]\n  [0. 0.]]\n\n [[0. 0.]\n  [1. 1.]]], shape=(2, 2, 2), dtype=float32)',
    );
  });

  it('gives null or zeros for an unconnected source (T70) and consumes a non-persistent tape', () => {
    const x = new tf.Variable([1, 2]);
    const z = new tf.Variable([3, 4, 5]);
    const g = new tf.GradientTape({ persistent: true });
    const y = g.record(() => x.multiply(2));
    expect(g.jacobian(y, z)).toBeNull();
    expect(String(g.jacobian(y, z, { unconnectedGradients: 'zero' }))).toBe(
      'tf.Tensor(\n[[0. 0. 0.]\n [0. 0. 0.]], shape=(2, 3), dtype=float32)',
    );
    const once = new tf.GradientTape();
    const y2 = once.record(() => x.multiply(2));
    once.jacobian(y2, x);
    expect(() => once.jacobian(y2, x)).toThrow(tf.RuntimeError);
    expect(() => new tf.GradientTape().jacobian(y2, x, { experimentalUsePfor: false })).toThrow(
      'GradientTape must be created with persistent=True to compute the jacobian with eager execution enabled and with  experimental_use_pfor set to False.',
    );
  });

  it('batchJacobian gives per-example Jacobians (T71)', () => {
    const g = new tf.GradientTape();
    const x = tf.constant([[1, 2], [3, 4]]);
    const y = g.record(() => {
      g.watch(x);
      return x.multiply(x);
    });
    expect(String(g.batchJacobian(y, x))).toBe(
      'tf.Tensor(\n[[[2. 0.]\n  [0. 4.]]\n\n [[6. 0.]\n  [0. 8.]]], shape=(2, 2, 2), dtype=float32)',
    );
  });

  it('batchJacobian errors (T72, T19)', () => {
    const x = tf.constant([1, 2]);
    const g = new tf.GradientTape();
    const y = g.record(() => {
      g.watch(x);
      return tf.stack([x, x]);
    });
    expect(() => g.batchJacobian(y, x)).toThrow(new tf.ValueError('Shape (2,) must have rank at least 2'));
    const x2 = tf.constant([[1, 2], [3, 4]]);
    const g2 = new tf.GradientTape();
    const y2 = g2.record(() => {
      g2.watch(x2);
      return tf.concat([x2, x2], 0);
    });
    expect(() => g2.batchJacobian(y2, x2)).toThrow(
      'Need first dimension of target shape ((4, 2)) and source shape ((2, 2)) to match.',
    );
    // Bad arguments leave the tape unconsumed; a consumed one answers with TF's (typo'd) message.
    expect(() => g2.batchJacobian(y2, x2)).toThrow(tf.ValueError);
    const g3 = new tf.GradientTape();
    const y3 = g3.record(() => {
      g3.watch(x2);
      return x2.multiply(2);
    });
    g3.batchJacobian(y3, x2);
    expect(() => g3.batchJacobian(y3, x2)).toThrow(
      new tf.RuntimeError('A non-persistent GradientTape can only be used tocompute one set of gradients (or jacobians)'),
    );
  });

  it('a Jacobian taken under an outer tape is differentiable', () => {
    const x = tf.constant([1, 2], { dtype: 'float64' });
    const outer = new tf.GradientTape();
    const j = outer.record(() => {
      outer.watch(x);
      const inner = new tf.GradientTape();
      const y = inner.record(() => {
        inner.watch(x);
        return tf.pow(x, 3);
      });
      return inner.jacobian(y, x) as tf.Tensor;
    });
    expect(j.numpy()).toEqual([[3, 0], [0, 12]]);
    expect(outer.gradient(j, x)?.numpy()).toEqual([6, 12]);
  });
});
