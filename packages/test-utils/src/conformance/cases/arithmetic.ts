import * as tf from '@tensortape/core';
import type { CaseGroup } from '../case-group';
import { f64, normal, positive } from '../inputs';

/** The seed's arithmetic and the structural kernels its gradients use. */
export const arithmetic: CaseGroup = {
  gradients: [
    { kernel: tf.Add, f: tf.add, inputs: () => [normal([2, 3], 1), normal([3], 2)] },
    { kernel: tf.Sub, f: tf.subtract, inputs: () => [normal([2, 1], 3), normal([2, 3], 4)] },
    { kernel: tf.Mul, f: tf.multiply, inputs: () => [normal([2, 3], 5), normal([2, 1], 6)] },
    { kernel: tf.RealDiv, f: tf.divide, inputs: () => [normal([3], 7), positive([2, 3], 8)] },
    { kernel: tf.Pow, f: tf.pow, inputs: () => [positive([3], 9), normal([3], 10)] },
    { kernel: tf.Neg, f: tf.negative, inputs: () => [normal([4], 11)] },
    { kernel: tf.Square, f: tf.square, inputs: () => [normal([4], 12)] },
    { kernel: tf.Log, f: tf.log, inputs: () => [positive([4], 13)] },
    { kernel: tf.Identity, f: tf.identity, inputs: () => [normal([4], 14)] },
    {
      // Through float32 and back: differences see float32 rounding, hence the wide step.
      kernel: tf.Cast,
      f: (x) => tf.square(tf.cast(tf.cast(x, 'float32'), 'float64')),
      inputs: () => [f64([0.5, -1.25])],
      options: { eps: 1e-2, rtol: 1e-4 },
    },
    { kernel: tf.Reshape, f: (x) => tf.square(tf.reshape(x, [3, 2])), inputs: () => [normal([2, 3], 15)] },
    { kernel: tf.BroadcastTo, f: (x) => tf.square(tf.broadcastTo(x, [2, 3])), inputs: () => [normal([1, 3], 16)] },
    { kernel: tf.Sum, f: (x) => tf.square(tf.reduceSum(x, 1, true)), inputs: () => [normal([2, 3], 17)] },
    {
      kernel: tf.Select,
      f: (a, b) => tf.where(tf.greater(a, b), tf.square(a), tf.multiply(a, b)),
      inputs: () => [f64([1, -2, 3]), f64([0.5, 1, 4])],
    },
  ],
  values: [
    { name: 'add int32 broadcast', run: () => tf.add(tf.constant([[1n], [2n]]), tf.constant([10n, 20n])), expected: 'tf.Tensor(\n[[11 21]\n [12 22]], shape=(2, 2), dtype=int32)' },
    { name: 'add float32 scalar', run: () => tf.add(tf.constant([1, 2]), 0.5), expected: 'tf.Tensor([1.5 2.5], shape=(2,), dtype=float32)' },
    { name: 'sub float64', run: () => tf.subtract(f64([1, 2]), f64([[3], [4]])), expected: 'tf.Tensor(\n[[-2. -1.]\n [-3. -2.]], shape=(2, 2), dtype=float64)' },
    { name: 'mul int32', run: () => tf.multiply(tf.constant([3n, -4n]), 2n), expected: 'tf.Tensor([ 6 -8], shape=(2,), dtype=int32)' },
    { name: 'div float32', run: () => tf.divide(tf.constant([1, -1, 0]), 0), expected: 'tf.Tensor([ inf -inf  nan], shape=(3,), dtype=float32)' },
    { name: 'pow int32', run: () => tf.pow(tf.constant([2n, 3n]), 3n), expected: 'tf.Tensor([ 8 27], shape=(2,), dtype=int32)' },
    { name: 'neg float64', run: () => tf.negative(f64([0, 1.5])), expected: 'tf.Tensor([-0.  -1.5], shape=(2,), dtype=float64)' },
    { name: 'square int32', run: () => tf.square(tf.constant([-3n])), expected: 'tf.Tensor([9], shape=(1,), dtype=int32)' },
    { name: 'log float32', run: () => tf.log(tf.constant([1, 0, -1])), expected: 'tf.Tensor([  0. -inf  nan], shape=(3,), dtype=float32)' },
    { name: 'cast float32→int32 truncates', run: () => tf.cast(tf.constant([1.7, -1.7]), 'int32'), expected: 'tf.Tensor([ 1 -1], shape=(2,), dtype=int32)' },
    { name: 'cast int32→bool', run: () => tf.cast(tf.constant([0n, 2n]), 'bool'), expected: 'tf.Tensor([False  True], shape=(2,), dtype=bool)' },
    { name: 'cast bool→float64', run: () => tf.cast(tf.constant([true, false]), 'float64'), expected: 'tf.Tensor([1. 0.], shape=(2,), dtype=float64)' },
    { name: 'reshape bool', run: () => tf.reshape(tf.constant([true, false]), [2, 1]), expected: 'tf.Tensor(\n[[ True]\n [False]], shape=(2, 1), dtype=bool)' },
    { name: 'broadcastTo int32', run: () => tf.broadcastTo(tf.constant([1n, 2n]), [2, 2]), expected: 'tf.Tensor(\n[[1 2]\n [1 2]], shape=(2, 2), dtype=int32)' },
    { name: 'sum middle axis', run: () => tf.reduceSum(tf.reshape(tf.range(12n), [2, 3, 2]), 1), expected: 'tf.Tensor(\n[[ 6  9]\n [24 27]], shape=(2, 2), dtype=int32)' },
    { name: 'sum empty', run: () => tf.reduceSum(tf.zeros([0, 3]), 0), expected: 'tf.Tensor([0. 0. 0.], shape=(3,), dtype=float32)' },
    { name: 'greater broadcast', run: () => tf.greater(tf.constant([[1], [3]]), tf.constant([2, 0])), expected: 'tf.Tensor(\n[[False  True]\n [ True  True]], shape=(2, 2), dtype=bool)' },
    { name: 'where bool branches', run: () => tf.where(tf.constant([true, false]), tf.constant([true, true]), false), expected: 'tf.Tensor([ True False], shape=(2,), dtype=bool)' },
  ],
  tfOps: {
    negative: tf.negative,
    square: tf.square,
    add: tf.add,
    subtract: tf.subtract,
    multiply: tf.multiply,
    divide: tf.divide,
    pow: tf.pow,
    'math.log': tf.log,
    reduce_sum: (x) => tf.reduceSum(x, 0),
    reduce_mean: (x) => tf.reduceMean(x, 1, true),
    reshape: (x) => tf.reshape(x, [2, 3]),
    broadcast_to: (x) => tf.broadcastTo(x, [3, 2]),
  },
};
