import { expectClose } from '@tensortape/test-utils';
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

/** Jacobians of f at xs (float64), vectorised with `options` and one backward pass per row. */
function bothWays(f: (...xs: tf.Tensor[]) => tf.Tensor, xs: tf.Tensor[], options: tf.JacobianOptions = {}) {
  return [{ ...options }, { experimentalUsePfor: false }].map((o) => {
    const tape = new tf.GradientTape({ persistent: true });
    const y = tape.record(() => {
      tape.watch(xs);
      return f(...xs);
    });
    return tape.jacobian(y, xs, o) as tf.Tensor[];
  }) as [tf.Tensor[], tf.Tensor[]];
}

function expectAgree(f: (...xs: tf.Tensor[]) => tf.Tensor, xs: tf.Tensor[], options?: tf.JacobianOptions): void {
  const [vectorised, rowByRow] = bothWays(f, xs, options);
  vectorised.forEach((j, i) => expectClose(j, rowByRow[i]!, { rtol: 1e-12, atol: 1e-14 }));
}

const grid = (shape: readonly number[], offset = 0) => tf.reshape(tf.sin(tf.add(tf.range(0, shape.reduce((a, b) => a * b, 1), 1, 'float64'), offset)), shape);

describe('vectorised jacobians', () => {
  it('agree with one pass per row where batch axes meet broadcasting, axes and gathers', () => {
    expectAgree((a, b) => tf.matmul(a, b), [grid([2, 3, 4]), grid([4, 5], 1)]);
    expectAgree((a, b) => tf.matmul(a, b, { transposeA: true }), [grid([4, 3]), grid([2, 4, 5], 1)]);
    expectAgree((x) => tf.softmax(x, 0), [grid([3, 4])]);
    expectAgree((x) => tf.cumsum(tf.cumprod(x, 0), 0, true, true), [grid([3, 2])]);
    expectAgree((x) => tf.gather(x, tf.constant([[2, 0, 2], [1, 1, 0]], { dtype: 'int32' }), 2, 1), [grid([2, 3, 3, 2])]);
    expectAgree((x) => tf.stridedSlice(x, [3, 0], [0, 5], [-2, 2]), [grid([4, 5])]);
    const slices = tf.constant([[[2], [0]], [[2], [1]]], { dtype: 'int32' });
    expectAgree((x) => tf.gatherNd(x, slices), [grid([3, 2, 2])]);
    expectAgree((u) => tf.scatterNd(slices, u, [3, 2, 2]), [grid([2, 2, 2, 2])]);
    const pairs = tf.constant([[[2, 1], [0, 0], [2, 1]]], { dtype: 'int32' });
    expectAgree((x) => tf.gatherNd(x, pairs), [grid([3, 2, 4])]);
    expectAgree((u) => tf.scatterNd(pairs, u, [3, 2, 4]), [grid([1, 3, 4])]);
    expectAgree((x, y) => tf.concat(tf.split(tf.concat([x, y], 1), [2, 3], 1).reverse(), 1), [grid([2, 1]), grid([2, 4], 2)]);
    expectAgree((x) => tf.tile(tf.pad(tf.transpose(x), [[1, 0], [0, 2]]), [2, 1]), [grid([2, 3])]);
    // Only one part of a split is used: the other part's upstream gradient is zeros with the rows.
    expectAgree((x) => tf.exp(tf.split(x, [1, 2], 1)[1]!), [grid([2, 3])]);
  });

  it('agree across the modes of each op: transposes, several axes, masks, broadcasting', () => {
    for (const [transposeA, transposeB] of [[false, false], [false, true], [true, false], [true, true]] as const) {
      const a = grid(transposeA ? [2, 4, 3] : [2, 3, 4]);
      const b = grid(transposeB ? [5, 4] : [4, 5], 1);
      expectAgree((p, q) => tf.matmul(p, q, { transposeA, transposeB }), [a, b]);
      expectAgree((p, q) => tf.matmul(q, p, { transposeA: transposeB, transposeB: transposeA }), [grid(transposeA ? [1, 3, 2] : [1, 2, 3], 2), grid(transposeB ? [2, 2, 3] : [2, 3, 2], 3)]);
    }
    const x = grid([2, 3, 4]);
    expectAgree((v) => tf.reduceSum(v, [0, 2]), [x]);
    expectAgree((v) => tf.reduceMax(v, 1, true), [x]);
    expectAgree((v) => tf.reduceMin(v, [0, 1]), [x]);
    expectAgree((v) => tf.reduceProd(v, [0, 2], true), [x]);
    expectAgree((v) => tf.reduceMean(v), [x]);
    expectAgree((v) => tf.logSoftmax(v, 1), [x]);
    expectAgree((v) => tf.cumprod(v, 2, true, true), [x]);
    expectAgree((v) => tf.reverse(v, [0, 2]), [x]);
    expectAgree((v) => tf.stridedSlice(v, [1, 0, 1], [2, 3, 4], [1, 2, 2], { shrinkAxisMask: 1 }), [x]);
    expectAgree((v) => tf.broadcastTo(tf.slice(v, [0, 0, 0], [1, 3, 1]), [2, 2, 3, 4]), [x]);
    expectAgree((p, q) => tf.where(tf.greater(p, 0), p, q), [grid([3, 1]), grid([1, 4], 1)]);
    expectAgree((p, q) => tf.pow(tf.abs(p), q), [grid([2, 3], 4), grid([3], 5)]);
    expectAgree((p, q) => tf.atan2(p, q), [grid([2, 1, 3]), grid([4, 1], 6)]);
    expectAgree((p, q) => tf.divNoNan(p, q), [grid([2, 3]), tf.constant([[0.5], [0]], { dtype: 'float64' })]);
    expectAgree((v) => tf.cast(tf.multiply(tf.cast(v, 'float32'), 2), 'float64'), [x]);
    const ids = tf.constant([[2, -1], [0, 2]], { dtype: 'int32' });
    expectAgree((v) => tf.unsortedSegmentSum(v, ids, 3), [grid([2, 2, 3])]);
  });

  it('run convolutions and pools with rows as examples (and as channels for filters), in both layouts', () => {
    for (const format of ['NHWC', 'NCHW'] as const) {
      const x = grid(format === 'NHWC' ? [2, 5, 4, 3] : [2, 3, 5, 4]);
      expectAgree((v, w) => tf.conv2d(v, w, [2, 1], 'SAME', format, [1, 2]), [x, grid([2, 2, 3, 2], 3)]);
      expectAgree((v) => tf.avgPool(v, 2, [2, 1], 'VALID', format), [x]);
      expectAgree((v) => tf.maxPool(v, [2, 3], 1, 'SAME', format), [x]);
      expectAgree((v, w) => tf.depthwiseConv2d(v, w, 1, 'SAME', format, 2), [x, grid([2, 2, 3, 2], 4)]);
      const x4 = grid(format === 'NHWC' ? [2, 3, 4, 4] : [2, 4, 3, 4], 7);
      expectAgree((v, w) => tf.conv2d(v, w, 1, 'SAME', format), [x4, grid([2, 2, 2, 6], 8)]); // 2 groups of 2 → 3 channels
    }
  });

  it('vectorise the gradients of gradient kernels (second derivatives of convolutions and pools), in both layouts', () => {
    for (const format of ['NHWC', 'NCHW'] as const) {
      const channelsLast = format === 'NHWC';
      const x = grid(channelsLast ? [2, 4, 5, 3] : [2, 3, 4, 5]);
      const dy = grid(channelsLast ? [2, 2, 5, 4] : [2, 4, 2, 5], 1); // conv of x to 4 channels, strides [2, 1]
      const conv = [[2, 1], 'SAME', format, 1] as const;
      expectAgree((w, d) => tf.conv2dBackpropInput(x.shape, w, d, ...conv), [grid([3, 2, 3, 4], 2), dy]);
      expectAgree((v, d) => tf.conv2dBackpropFilter(v, [3, 2, 3, 4], d, ...conv), [x, dy]);
      // 3 groups (filter depth 1 of 3 input channels, 2 output channels each)
      expectAgree((w, d) => tf.conv2dBackpropInput(x.shape, w, d, ...conv), [grid([3, 2, 1, 6], 9), grid(channelsLast ? [2, 2, 5, 6] : [2, 6, 2, 5], 10)]);
      expectAgree((v, d) => tf.conv2dBackpropFilter(v, [3, 2, 1, 6], d, ...conv), [x, grid(channelsLast ? [2, 2, 5, 6] : [2, 6, 2, 5], 10)]);
      const dyDepthwise = grid(channelsLast ? [2, 2, 5, 6] : [2, 6, 2, 5], 3); // 3 channels × multiplier 2
      expectAgree((w, d) => tf.depthwiseConv2dBackpropInput(x.shape, w, d, ...conv), [grid([3, 2, 3, 2], 4), dyDepthwise]);
      expectAgree((v, d) => tf.depthwiseConv2dBackpropFilter(v, [3, 2, 3, 2], d, ...conv), [x, dyDepthwise]);
      const pool = [2, [2, 1], 'VALID', format] as const;
      const pooled = tf.maxPool(x, ...pool);
      const poolGrad = grid(pooled.shape, 5);
      expectAgree((g) => tf.avgPoolGrad(x.shape, g, ...pool), [poolGrad]);
      expectAgree((g) => tf.maxPoolGrad(x, pooled, g, ...pool), [poolGrad]);
      expectAgree((g) => tf.maxPoolGradGrad(x, pooled, g, ...pool), [grid(x.shape, 6)]);
    }
  });

  it('run custom gradients once per row', () => {
    const cube = tf.customGradient((x: tf.Tensor) => [tf.pow(x, 3), (dy: tf.Tensor) => tf.multiply(dy, tf.multiply(tf.square(x), 3))] as const);
    expectAgree((x) => tf.sin(cube(x)), [grid([3])]);
  });

  it('take parallelIterations rows at a time, and reject anything but a positive integer', () => {
    const x = grid([7]);
    expectAgree((v) => tf.matmul(tf.reshape(v, [7, 1]), tf.reshape(tf.exp(v), [1, 7])), [x], { parallelIterations: 3 });
    expectAgree((v) => tf.reduceSum(tf.square(v)), [x], { parallelIterations: 1 });
    const tape = new tf.GradientTape();
    const y = tape.record(() => {
      tape.watch(x);
      return tf.square(x);
    });
    for (const bad of [0, 1.5, -2]) {
      expect(() => tape.jacobian(y, x, { parallelIterations: bad })).toThrow(new tf.ValueError(`parallelIterations must be a positive integer, got ${bad}`));
    }
    // The rejected calls left the tape unconsumed.
    expectClose(tape.jacobian(y, x, { parallelIterations: 4 }) as tf.Tensor, tf.linalg.diag(tf.multiply(x, 2)), { rtol: 0, atol: 0 });
  });

  it('batchJacobian agrees with one pass per row, in chunks too', () => {
    const x = grid([3, 2, 2]);
    const w = grid([2, 4], 1);
    const runs = [{}, { parallelIterations: 3 }, { experimentalUsePfor: false }].map((o) => {
      const tape = new tf.GradientTape({ persistent: true });
      const y = tape.record(() => {
        tape.watch(x);
        return tf.tanh(tf.matmul(x, w));
      });
      return tape.batchJacobian(y, x, o);
    });
    expect(runs[0]!.shape).toEqual([3, 2, 4, 2, 2]);
    for (const r of runs.slice(1)) expectClose(r, runs[0]!, { rtol: 1e-12, atol: 1e-14 });
  });
});

