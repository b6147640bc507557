import * as tf from '@tensortape/core';
import type { CaseGroup } from '../case-group';
import { f64, normal, positive } from '../inputs';

const i32 = (values: tf.TensorLike) => tf.constant(values, { dtype: 'int32' });
const cube = () => tf.reshape(tf.range(12n), [2, 3, 2]);

/** Reductions along axes (with keepdims), arg reductions and cumulative scans. */
export const reductions: CaseGroup = {
  gradients: [
    { kernel: tf.Max, f: (x) => tf.reduceMax(x, 1), inputs: () => [normal([2, 3], 30)] },
    { kernel: tf.Min, f: (x) => tf.reduceMin(x, 0, true), inputs: () => [normal([3, 2], 31)] },
    // Two reduced axes exercise the product of the others across axes.
    { kernel: tf.Prod, f: (x) => tf.reduceProd(x, [0, 2]), inputs: () => [normal([2, 3, 2], 32)] },
    { kernel: tf.Cumsum, f: (x) => tf.cumsum(x, 1, true, true), inputs: () => [normal([2, 3], 33)] },
    { kernel: tf.Cumprod, f: (x) => tf.cumprod(x, -1, false, true), inputs: () => [positive([2, 3], 34)] },
  ],
  values: [
    {
      name: 'reduceMax int32 keepdims',
      run: () => tf.reduceMax(cube(), 1, true),
      expected: 'tf.Tensor(\n[[[ 4  5]]\n\n [[10 11]]], shape=(2, 1, 2), dtype=int32)',
    },
    {
      name: 'reduceMax float32: nan wins',
      run: () => tf.reduceMax(tf.constant([[1, NaN], [3, -Infinity]]), 1),
      expected: 'tf.Tensor([nan  3.], shape=(2,), dtype=float32)',
    },
    {
      name: 'reduceMax empty float32 gives -inf',
      run: () => tf.reduceMax(tf.zeros([0, 2]), 0),
      expected: 'tf.Tensor([-inf -inf], shape=(2,), dtype=float32)',
    },
    {
      name: 'reduceMax empty int32 gives the lowest int32',
      run: () => tf.reduceMax(tf.zeros([2, 0], 'int32'), 1),
      expected: 'tf.Tensor([-2147483648 -2147483648], shape=(2,), dtype=int32)',
    },
    {
      name: 'reduceMin float64 over a negative axis',
      run: () => tf.reduceMin(f64([[1.5, -2], [0, -0.5]]), -1),
      expected: 'tf.Tensor([-2.  -0.5], shape=(2,), dtype=float64)',
    },
    {
      name: 'reduceMin empty float64 gives inf',
      run: () => tf.reduceMin(f64([])),
      expected: 'tf.Tensor(inf, shape=(), dtype=float64)',
    },
    {
      name: 'reduceMin int32 over all axes',
      run: () => tf.reduceMin(i32([[3, -7], [2, 9]])),
      expected: 'tf.Tensor(-7, shape=(), dtype=int32)',
    },
    {
      name: 'reduceProd int32 over two axes',
      run: () => tf.reduceProd(tf.add(cube(), 1n), [0, 2]),
      expected: 'tf.Tensor([ 112 1080 3960], shape=(3,), dtype=int32)',
    },
    {
      name: 'reduceProd float32: 0 * inf is nan',
      run: () => tf.reduceProd(tf.constant([[2, 0, Infinity], [1.5, 2, 4]]), 1),
      expected: 'tf.Tensor([nan 12.], shape=(2,), dtype=float32)',
    },
    {
      name: 'reduceProd empty gives 1',
      run: () => tf.reduceProd(tf.zeros([0, 2]), 0, true),
      expected: 'tf.Tensor([[1. 1.]], shape=(1, 2), dtype=float32)',
    },
    {
      name: 'reduceAny bool axis 1',
      run: () => tf.reduceAny(tf.constant([[true, false], [false, false]]), 1),
      expected: 'tf.Tensor([ True False], shape=(2,), dtype=bool)',
    },
    {
      name: 'reduceAll bool keepdims',
      run: () => tf.reduceAll(tf.constant([[true, false], [true, true]]), 0, true),
      expected: 'tf.Tensor([[ True False]], shape=(1, 2), dtype=bool)',
    },
    {
      name: 'reduceAny and reduceAll of nothing',
      run: () => tf.logicalAnd(tf.logicalNot(tf.reduceAny(tf.zeros([0], 'bool'))), tf.reduceAll(tf.zeros([0], 'bool'))),
      expected: 'tf.Tensor(True, shape=(), dtype=bool)',
    },
    {
      name: 'argMax float32 takes the first of ties',
      run: () => tf.argMax(tf.constant([[1, 5, 5], [7, 2, 7]]), 1),
      expected: 'tf.Tensor([1 0], shape=(2,), dtype=int32)',
    },
    {
      name: 'argMax int32 along axis 0 of a cube',
      run: () => tf.argMax(tf.multiply(cube(), i32([1, -1])), 0),
      expected: 'tf.Tensor(\n[[1 0]\n [1 0]\n [1 0]], shape=(3, 2), dtype=int32)',
    },
    {
      name: 'argMin float64 with a negative axis',
      run: () => tf.argMin(f64([[3, -1, -1], [0, 2, -Infinity]]), -1),
      expected: 'tf.Tensor([1 2], shape=(2,), dtype=int32)',
    },
    {
      name: 'cumsum float32',
      run: () => tf.cumsum(tf.constant([[1, 2], [3, 4], [5, 6]])),
      expected: 'tf.Tensor(\n[[ 1.  2.]\n [ 4.  6.]\n [ 9. 12.]], shape=(3, 2), dtype=float32)',
    },
    {
      name: 'cumsum int32 exclusive',
      run: () => tf.cumsum(i32([[1, 2, 3], [4, 5, 6]]), 1, true),
      expected: 'tf.Tensor(\n[[0 1 3]\n [0 4 9]], shape=(2, 3), dtype=int32)',
    },
    {
      name: 'cumsum float64 reverse',
      run: () => tf.cumsum(f64([1, 2, 3]), 0, false, true),
      expected: 'tf.Tensor([6. 5. 3.], shape=(3,), dtype=float64)',
    },
    {
      name: 'cumsum empty',
      run: () => tf.cumsum(tf.zeros([2, 0]), 1),
      expected: 'tf.Tensor([], shape=(2, 0), dtype=float32)',
    },
    {
      name: 'cumprod float64 exclusive reverse',
      run: () => tf.cumprod(f64([2, 3, 4]), 0, true, true),
      expected: 'tf.Tensor([12.  4.  1.], shape=(3,), dtype=float64)',
    },
    {
      name: 'cumprod int32 along axis 1',
      run: () => tf.cumprod(i32([[1, 2, 3], [-1, 4, 0]]), 1),
      expected: 'tf.Tensor(\n[[ 1  2  6]\n [-1 -4  0]], shape=(2, 3), dtype=int32)',
    },
    {
      name: 'cumprod float32 with inf',
      run: () => tf.cumprod(tf.constant([2, Infinity, 0])),
      expected: 'tf.Tensor([ 2. inf nan], shape=(3,), dtype=float32)',
    },
    {
      name: 'reduceLogSumExp float32: stable, and -inf for an all -inf slice',
      run: () => tf.reduceLogSumExp(tf.constant([[-Infinity, -Infinity], [100, 100], [0, 0]]), 1),
      expected: 'tf.Tensor([       -inf 100.693146    0.6931472], shape=(3,), dtype=float32)',
    },
    {
      name: 'reduceVariance float64',
      run: () => tf.reduceVariance(f64([[1, 2], [3, 5]]), 1, true),
      expected: 'tf.Tensor(\n[[0.25]\n [1.  ]], shape=(2, 1), dtype=float64)',
    },
    {
      name: 'reduceStd float32 over all axes',
      run: () => tf.reduceStd(tf.constant([[1, 2], [3, 4]])),
      expected: 'tf.Tensor(1.118034, shape=(), dtype=float32)',
    },
  ],
  tfOps: {
    reduce_max: (x) => tf.reduceMax(x, 0),
    reduce_min: (x) => tf.reduceMin(x),
    reduce_prod: (x) => tf.reduceProd(x, 1),
    reduce_logsumexp: (x) => tf.reduceLogSumExp(x, 0),
    'math.reduce_std': (x) => tf.reduceStd(x, 0),
    'math.reduce_variance': (x) => tf.reduceVariance(x, 1),
    cumsum: (x) => tf.cumsum(x, 0),
    'math.cumprod': (x) => tf.cumprod(x, 0),
  },
};
