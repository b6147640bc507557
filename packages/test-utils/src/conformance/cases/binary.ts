import * as tf from '@tensortape/core';
import type { CaseGroup } from '../case-group';
import { f64, normal, positive } from '../inputs';

const i32 = (values: tf.TensorLike) => tf.constant(values, { dtype: 'int32' });

/** Broadcasting binary ops: arithmetic beyond the seed's, comparisons and logic. */
export const binary: CaseGroup = {
  gradients: [
    { kernel: tf.DivNoNan, f: tf.divNoNan, inputs: () => [normal([2, 3], 20), positive([3], 21)] },
    // Away from the jumps of floor(a / b): a / b = 1.53, -2.13, -2.48.
    { kernel: tf.FloorMod, f: tf.mod, inputs: () => [f64([2.3, -1.7, 5.2]), f64([1.5, 0.8, -2.1])] },
    { kernel: tf.Maximum, f: tf.maximum, inputs: () => [f64([[0.5, -1.2, 2], [1.5, 0.3, -2]]), f64([0.1, 0.9, -0.4])] },
    { kernel: tf.Minimum, f: tf.minimum, inputs: () => [f64([0.1, 0.9, -0.4]), f64([[0.5, -1.2, 2], [1.5, 0.3, -2]])] },
    { kernel: tf.SquaredDifference, f: tf.squaredDifference, inputs: () => [normal([2, 3], 22), normal([2, 1], 23)] },
    { kernel: tf.Atan2, f: tf.atan2, inputs: () => [normal([2, 3], 24), f64([0.7, -1.3, 0.4])] },
  ],
  values: [
    {
      name: 'divNoNan float32: 0 wherever the divisor is ±0',
      run: () => tf.divNoNan(tf.constant([3, 4, NaN, Infinity]), tf.constant([2, 0, 0, -0])),
      expected: 'tf.Tensor([1.5 0.  0.  0. ], shape=(4,), dtype=float32)',
    },
    {
      name: 'divNoNan int32 divides in float64',
      run: () => tf.divNoNan(i32([3, 4]), i32([2, 0])),
      expected: 'tf.Tensor([1.5 0. ], shape=(2,), dtype=float64)',
    },
    {
      name: 'floorDiv int32 rounds toward -inf, broadcast',
      run: () => tf.floorDiv(i32([[7], [-7]]), i32([2, -2])),
      expected: 'tf.Tensor(\n[[ 3 -4]\n [-4  3]], shape=(2, 2), dtype=int32)',
    },
    {
      name: 'floorDiv float32 by 0',
      run: () => tf.floorDiv(tf.constant([7.5, -7.5, 1, 0]), tf.constant([2, 2, 0, 0])),
      expected: 'tf.Tensor([ 3. -4. inf nan], shape=(4,), dtype=float32)',
    },
    {
      name: 'mod float64 takes the sign of the divisor',
      run: () => tf.mod(f64([7, -7, 7, -7, 6]), f64([3, 3, -3, -3, 3])),
      expected: 'tf.Tensor([ 1.  2. -2. -1.  0.], shape=(5,), dtype=float64)',
    },
    {
      name: 'mod int32',
      run: () => tf.mod(i32([7, -7, 7, -7]), i32([3, 3, -3, -3])),
      expected: 'tf.Tensor([ 1  2 -2 -1], shape=(4,), dtype=int32)',
    },
    {
      name: 'mod float32 edges',
      run: () => tf.mod(tf.constant([5.5, 1, -1, Infinity]), tf.constant([2, 0, Infinity, 2])),
      expected: 'tf.Tensor([1.5 nan inf nan], shape=(4,), dtype=float32)',
    },
    {
      name: 'maximum float32: nan wins, broadcast',
      run: () => tf.maximum(tf.constant([[1, NaN], [-3, 4]]), tf.constant([2, 0])),
      expected: 'tf.Tensor(\n[[ 2. nan]\n [ 2.  4.]], shape=(2, 2), dtype=float32)',
    },
    {
      name: 'maximum int32',
      run: () => tf.maximum(i32([1, -5, 3]), i32([2])),
      expected: 'tf.Tensor([2 2 3], shape=(3,), dtype=int32)',
    },
    {
      name: 'minimum float64: nan wins in either place',
      run: () => tf.minimum(f64([1, NaN, -Infinity, 2]), f64([NaN, 1, 0, -0.5])),
      expected: 'tf.Tensor([ nan  nan -inf -0.5], shape=(4,), dtype=float64)',
    },
    {
      name: 'minimum int32 broadcast',
      run: () => tf.minimum(i32([[1], [4]]), i32([2, 3])),
      expected: 'tf.Tensor(\n[[1 1]\n [2 3]], shape=(2, 2), dtype=int32)',
    },
    {
      name: 'maximum empty',
      run: () => tf.maximum(tf.zeros([0, 3]), 1),
      expected: 'tf.Tensor([], shape=(0, 3), dtype=float32)',
    },
    {
      name: 'squaredDifference float32 broadcast',
      run: () => tf.squaredDifference(tf.constant([[1], [-2]]), tf.constant([0.5, 3])),
      expected: 'tf.Tensor(\n[[ 0.25  4.  ]\n [ 6.25 25.  ]], shape=(2, 2), dtype=float32)',
    },
    {
      name: 'squaredDifference int32',
      run: () => tf.squaredDifference(i32([1, -2, 7]), i32([4, 3, 7])),
      expected: 'tf.Tensor([ 9 25  0], shape=(3,), dtype=int32)',
    },
    {
      name: 'atan2 float64 quadrants and signed zeros',
      run: () => tf.atan2(f64([1, 1, -1, 0, -0, 0]), f64([1, -1, -1, -1, -1, 0])),
      expected:
        'tf.Tensor([ 0.78539816  2.35619449 -2.35619449  3.14159265 -3.14159265  0.        ], shape=(6,), dtype=float64)',
    },
    {
      name: 'atan2 float32',
      run: () => tf.atan2(tf.constant([1, -1]), 0),
      expected: 'tf.Tensor([ 1.5707964 -1.5707964], shape=(2,), dtype=float32)',
    },
    {
      name: 'equal float32: nan is unequal to itself, -0 equals 0',
      run: () => tf.equal(tf.constant([1, NaN, -0]), tf.constant([1, NaN, 0])),
      expected: 'tf.Tensor([ True False  True], shape=(3,), dtype=bool)',
    },
    {
      name: 'equal bool broadcast',
      run: () => tf.equal(tf.constant([[true], [false]]), tf.constant([true, false])),
      expected: 'tf.Tensor(\n[[ True False]\n [False  True]], shape=(2, 2), dtype=bool)',
    },
    {
      name: 'notEqual int32',
      run: () => tf.notEqual(i32([1, 2, 3]), 2n),
      expected: 'tf.Tensor([ True False  True], shape=(3,), dtype=bool)',
    },
    {
      name: 'notEqual float64 nan',
      run: () => tf.notEqual(f64([NaN, 1]), f64([NaN, 1])),
      expected: 'tf.Tensor([ True False], shape=(2,), dtype=bool)',
    },
    {
      name: 'less float32 broadcast',
      run: () => tf.less(tf.constant([[1], [3]]), tf.constant([2, 3, NaN])),
      expected: 'tf.Tensor(\n[[ True  True False]\n [False False False]], shape=(2, 3), dtype=bool)',
    },
    {
      name: 'lessEqual int32',
      run: () => tf.lessEqual(i32([1, 2, 3]), 2n),
      expected: 'tf.Tensor([ True  True False], shape=(3,), dtype=bool)',
    },
    {
      name: 'greaterEqual float64 with inf',
      run: () => tf.greaterEqual(f64([Infinity, 2, -Infinity]), f64([Infinity, 3, NaN])),
      expected: 'tf.Tensor([ True False False], shape=(3,), dtype=bool)',
    },
    {
      name: 'logicalAnd broadcast',
      run: () => tf.logicalAnd(tf.constant([[true], [false]]), tf.constant([true, false])),
      expected: 'tf.Tensor(\n[[ True False]\n [False False]], shape=(2, 2), dtype=bool)',
    },
    {
      name: 'logicalOr with a scalar',
      run: () => tf.logicalOr(tf.constant([true, false]), false),
      expected: 'tf.Tensor([ True False], shape=(2,), dtype=bool)',
    },
    {
      name: 'clipByValue int32 with tensor bounds',
      run: () => tf.clipByValue(i32([[-5, 0], [3, 9]]), i32([-1, 1]), 4n),
      expected: 'tf.Tensor(\n[[-1  1]\n [ 3  4]], shape=(2, 2), dtype=int32)',
    },
  ],
  errors: [
    {
      name: 'floorDiv int32 by zero',
      run: () => tf.floorDiv(tf.constant([1n]), 0n),
      message: '{{function_node __wrapped__FloorDiv_device_/job:localhost/replica:0/task:0/device:CPU:0}} Integer division by zero [Op:FloorDiv] name: ',
    },
    {
      name: 'mod int32 by zero',
      run: () => tf.mod(tf.constant([1n]), 0n),
      message: '{{function_node __wrapped__FloorMod_device_/job:localhost/replica:0/task:0/device:CPU:0}} Integer division by zero [Op:FloorMod] name: ',
    },
  ],
  tfOps: {
    maximum: tf.maximum,
    minimum: tf.minimum,
    'math.squared_difference': tf.squaredDifference,
    'math.atan2': tf.atan2,
    'math.divide_no_nan': tf.divNoNan,
    clip_by_value: (x) => tf.clipByValue(x, -1, 1),
  },
};
