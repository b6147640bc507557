import * as tf from '@tensortape/core';
import type { CaseGroup } from '../case-group';
import { f64, normal } from '../inputs';

const str = (values: string, shape: string, dtype: string) => `tf.Tensor(${values}, shape=${shape}, dtype=${dtype})`;

/** Distinct values k/4 in a scrambled order, so max-pool windows have clear winners. */
const distinct = (shape: number[]): tf.Tensor => {
  const n = shape.reduce((a, b) => a * b, 1);
  return tf.reshape(f64(Array.from({ length: n }, (_, i) => ((i * 37) % n) / 4 - n / 8)), shape);
};

// Strided SAME windows with uneven padding, a dilated and a grouped convolution between them.
const conv = (x: tf.Tensor, w: tf.Tensor) => tf.conv2d(x, w, [2, 1], 'SAME');
const depthwise = (x: tf.Tensor, w: tf.Tensor) => tf.depthwiseConv2d(x, w, [1, 2], 'SAME', 'NHWC', [2, 1]);
const pool = { ksize: [3, 2], strides: [2, 1] } as const;
const maxPool = (x: tf.Tensor) => tf.maxPool(x, pool.ksize, pool.strides, 'SAME');

/** Convolutions, pools, losses and random sampling. */
export const nn: CaseGroup = {
  gradients: [
    { kernel: tf.Conv2D, f: conv, inputs: () => [normal([2, 5, 4, 3], 61), normal([3, 2, 3, 2], 62)] },
    {
      kernel: tf.Conv2DBackpropInput,
      f: (w, dy) => tf.conv2dBackpropInput([2, 5, 4, 3], w, dy, [2, 1], 'SAME'),
      inputs: () => [normal([3, 2, 3, 2], 63), normal([2, 3, 4, 2], 64)],
    },
    {
      kernel: tf.Conv2DBackpropFilter,
      f: (x, dy) => tf.conv2dBackpropFilter(x, [3, 2, 3, 2], dy, [2, 1], 'SAME'),
      inputs: () => [normal([2, 5, 4, 3], 65), normal([2, 3, 4, 2], 66)],
    },
    { kernel: tf.DepthwiseConv2dNative, f: depthwise, inputs: () => [normal([1, 5, 5, 2], 67), normal([2, 3, 2, 2], 68)] },
    {
      kernel: tf.DepthwiseConv2dNativeBackpropInput,
      f: (w, dy) => tf.depthwiseConv2dBackpropInput([1, 5, 5, 2], w, dy, [1, 2], 'SAME', 'NHWC', [2, 1]),
      inputs: () => [normal([2, 3, 2, 2], 69), normal([1, 5, 3, 4], 70)],
    },
    {
      kernel: tf.DepthwiseConv2dNativeBackpropFilter,
      f: (x, dy) => tf.depthwiseConv2dBackpropFilter(x, [2, 3, 2, 2], dy, [1, 2], 'SAME', 'NHWC', [2, 1]),
      inputs: () => [normal([1, 5, 5, 2], 71), normal([1, 5, 3, 4], 72)],
    },
    { kernel: tf.MaxPool, f: maxPool, inputs: () => [distinct([2, 5, 4, 2])] },
    {
      kernel: tf.MaxPoolGrad,
      f: (x, dy) => tf.maxPoolGrad(x, maxPool(x), dy, pool.ksize, pool.strides, 'SAME'),
      inputs: () => [distinct([2, 5, 4, 2]), normal([2, 3, 4, 2], 73)],
    },
    {
      kernel: tf.MaxPoolGradGrad,
      f: (x, g) => tf.maxPoolGradGrad(x, maxPool(x), g, pool.ksize, pool.strides, 'SAME'),
      inputs: () => [distinct([2, 5, 4, 2]), normal([2, 5, 4, 2], 74)],
    },
    { kernel: tf.AvgPool, f: (x) => tf.avgPool(x, pool.ksize, pool.strides, 'SAME'), inputs: () => [normal([2, 5, 4, 2], 75)] },
    {
      kernel: tf.AvgPoolGrad,
      f: (dy) => tf.avgPoolGrad([2, 5, 4, 2], dy, pool.ksize, pool.strides, 'SAME'),
      inputs: () => [normal([2, 3, 4, 2], 76)],
    },
  ],
  values: [
    {
      name: 'conv2d float32 VALID',
      run: () => tf.conv2d(tf.reshape(tf.range(16), [1, 4, 4, 1]), tf.ones([2, 2, 1, 1]), 1, 'VALID'),
      expected: str('\n[[[[10.]\n   [14.]\n   [18.]]\n\n  [[26.]\n   [30.]\n   [34.]]\n\n  [[42.]\n   [46.]\n   [50.]]]]', '(1, 3, 3, 1)', 'float32'),
    },
    {
      // SAME pads the odd extra row and column at the end, as TF does.
      name: 'conv2d SAME pads at the end',
      run: () => tf.conv2d(tf.reshape(tf.range(9), [1, 3, 3, 1]), tf.ones([2, 2, 1, 1]), 1, 'SAME'),
      expected: str('\n[[[[ 8.]\n   [12.]\n   [ 7.]]\n\n  [[20.]\n   [24.]\n   [13.]]\n\n  [[13.]\n   [15.]\n   [ 8.]]]]', '(1, 3, 3, 1)', 'float32'),
    },
    {
      name: 'conv2d NCHW float64 strided',
      run: () => tf.conv2d(tf.reshape(f64([0, 1, 2, 3, 4, 5, 6, 7, 8]), [1, 1, 3, 3]), f64([[[[1]], [[2]]]]), [1, 2], 'VALID', 'NCHW'),
      expected: str('\n[[[[ 2.]\n   [11.]\n   [20.]]]]', '(1, 1, 3, 1)', 'float64'),
    },
    {
      name: 'conv2d explicit padding',
      run: () => tf.conv2d(f64([[[[1], [2], [3]]]]), f64([[[[1]], [[1]]]]), 1, [[0, 0], [1, 0], [0, 1], [0, 0]]),
      expected: str('\n[[[[0.]\n   [0.]\n   [0.]]\n\n  [[3.]\n   [5.]\n   [3.]]]]', '(1, 2, 3, 1)', 'float64'),
    },
    {
      name: 'conv2d dilated',
      run: () => tf.conv2d(tf.reshape(tf.range(25), [1, 5, 5, 1]), tf.ones([2, 2, 1, 1]), 1, 'VALID', 'NHWC', 2),
      expected: str('\n[[[[24.]\n   [28.]\n   [32.]]\n\n  [[44.]\n   [48.]\n   [52.]]\n\n  [[64.]\n   [68.]\n   [72.]]]]', '(1, 3, 3, 1)', 'float32'),
    },
    {
      name: 'conv2d grouped (input depth twice the filter depth)',
      run: () => tf.conv2d(f64([[[[1, 2, 3, 4]]]]), f64([[[[1, 10, 100, 1000], [2, 20, 200, 2000]]]]), 1, 'VALID'),
      expected: str('[[[[5.0e+00 5.0e+01 1.1e+03 1.1e+04]]]]', '(1, 1, 1, 4)', 'float64'),
    },
    { name: 'conv2d empty batch', run: () => tf.conv2d(tf.zeros([0, 3, 3, 1]), tf.ones([2, 2, 1, 1]), 1, 'VALID'), expected: str('[]', '(0, 2, 2, 1)', 'float32') },
    {
      name: 'conv2dBackpropInput',
      run: () => tf.conv2dBackpropInput([1, 3, 3, 1], tf.ones([2, 2, 1, 1]), tf.ones([1, 2, 2, 1]), 1, 'VALID'),
      expected: str('\n[[[[1.]\n   [2.]\n   [1.]]\n\n  [[2.]\n   [4.]\n   [2.]]\n\n  [[1.]\n   [2.]\n   [1.]]]]', '(1, 3, 3, 1)', 'float32'),
    },
    {
      name: 'conv2dBackpropFilter',
      run: () => tf.conv2dBackpropFilter(tf.reshape(tf.range(9), [1, 3, 3, 1]), [2, 2, 1, 1], tf.ones([1, 2, 2, 1]), 1, 'VALID'),
      expected: str('\n[[[[ 8.]]\n\n  [[12.]]]\n\n\n [[[20.]]\n\n  [[24.]]]]', '(2, 2, 1, 1)', 'float32'),
    },
    {
      name: 'conv2dTranspose stride 2',
      run: () => tf.conv2dTranspose(f64([[[[1], [2]], [[3], [4]]]]), tf.ones([2, 2, 1, 1], 'float64'), [1, 4, 4, 1], 2, 'VALID'),
      expected: str(
        '\n[[[[1.]\n   [1.]\n   [2.]\n   [2.]]\n\n  [[1.]\n   [1.]\n   [2.]\n   [2.]]\n\n  [[3.]\n   [3.]\n   [4.]\n   [4.]]\n\n  [[3.]\n   [3.]\n   [4.]\n   [4.]]]]',
        '(1, 4, 4, 1)',
        'float64',
      ),
    },
    {
      name: 'conv1d strided',
      run: () => tf.conv1d(tf.reshape(tf.range(5), [1, 5, 1]), tf.ones([3, 1, 1]), 2, 'VALID'),
      expected: str('\n[[[3.]\n  [9.]]]', '(1, 2, 1)', 'float32'),
    },
    { name: 'conv1d NCW SAME', run: () => tf.conv1d(tf.reshape(tf.range(5), [1, 1, 5]), tf.ones([3, 1, 1]), 1, 'SAME', 'NCW'), expected: str('[[[1. 3. 6. 9. 7.]]]', '(1, 1, 5)', 'float32') },
    {
      // filter[..., c, q] = q + 1: output channel c * 2 + q sums channel c times q + 1.
      name: 'depthwiseConv2d channel multiplier',
      run: () => tf.depthwiseConv2d(f64([[[[1, 10], [2, 20]], [[3, 30], [4, 40]]]]), tf.reshape(tf.tile(f64([1, 2, 1, 2]), [4]), [2, 2, 2, 2]), 1, 'VALID'),
      expected: str('[[[[ 10.  20. 100. 200.]]]]', '(1, 1, 1, 4)', 'float64'),
    },
    {
      name: 'depthwiseConv2dBackpropInput',
      run: () => tf.depthwiseConv2dBackpropInput([1, 2, 2, 1], tf.ones([2, 2, 1, 2]), tf.ones([1, 1, 1, 2]), 1, 'VALID'),
      expected: str('\n[[[[2.]\n   [2.]]\n\n  [[2.]\n   [2.]]]]', '(1, 2, 2, 1)', 'float32'),
    },
    {
      name: 'depthwiseConv2dBackpropFilter',
      run: () => tf.depthwiseConv2dBackpropFilter(tf.reshape(tf.range(4), [1, 2, 2, 1]), [2, 2, 1, 2], tf.constant([[[[1, 2]]]]), 1, 'VALID'),
      expected: str('\n[[[[0. 0.]]\n\n  [[1. 2.]]]\n\n\n [[[2. 4.]]\n\n  [[3. 6.]]]]', '(2, 2, 1, 2)', 'float32'),
    },
    {
      name: 'maxPool int32',
      run: () => tf.maxPool(tf.reshape(tf.range(16n), [1, 4, 4, 1]), 2, 2, 'VALID'),
      expected: str('\n[[[[ 5]\n   [ 7]]\n\n  [[13]\n   [15]]]]', '(1, 2, 2, 1)', 'int32'),
    },
    {
      // The padded window over -3 and -6 gives -3: padding never wins.
      name: 'maxPool SAME ignores padding',
      run: () => tf.maxPool(tf.constant([[[[1], [-2], [-3]], [[-4], [5], [-6]], [[7], [-8], [9]]]]), 2, 2, 'SAME'),
      expected: str('\n[[[[ 5.]\n   [-3.]]\n\n  [[ 7.]\n   [ 9.]]]]', '(1, 2, 2, 1)', 'float32'),
    },
    {
      name: 'maxPool NCHW float64 -inf',
      run: () => tf.maxPool(f64([[[[1, 2, -Infinity, 4], [5, 6, 7, -8]]]]), [1, 2], 1, 'VALID', 'NCHW'),
      expected: str('\n[[[[2. 2. 4.]\n   [6. 7. 7.]]]]', '(1, 1, 2, 3)', 'float64'),
    },
    {
      name: 'avgPool SAME averages inside the input only',
      run: () => tf.avgPool(tf.reshape(f64([0, 1, 2, 3, 4, 5, 6, 7, 8]), [1, 3, 3, 1]), 2, 2, 'SAME'),
      expected: str('\n[[[[2. ]\n   [3.5]]\n\n  [[6.5]\n   [8. ]]]]', '(1, 2, 2, 1)', 'float64'),
    },
    {
      name: 'avgPool NCHW',
      run: () => tf.avgPool(tf.reshape(tf.range(8), [1, 2, 2, 2]), 2, 1, 'VALID', 'NCHW'),
      expected: str('\n[[[[1.5]]\n\n  [[5.5]]]]', '(1, 2, 1, 1)', 'float32'),
    },
    {
      name: 'maxPoolGrad routes to the first maximum',
      run: () => {
        const x = tf.constant([[[[1], [3]], [[3], [0]]]]);
        return tf.maxPoolGrad(x, tf.maxPool(x, 2, 2, 'VALID'), tf.constant([[[[10]]]]), 2, 2, 'VALID');
      },
      expected: str('\n[[[[ 0.]\n   [10.]]\n\n  [[ 0.]\n   [ 0.]]]]', '(1, 2, 2, 1)', 'float32'),
    },
    {
      name: 'maxPoolGradGrad gathers at the first maximum',
      run: () => {
        const x = f64([[[[1], [3]], [[3], [0]]]]);
        return tf.maxPoolGradGrad(x, tf.maxPool(x, 2, 2, 'VALID'), f64([[[[5], [6]], [[7], [8]]]]), 2, 2, 'VALID');
      },
      expected: str('[[[[6.]]]]', '(1, 1, 1, 1)', 'float64'),
    },
    {
      name: 'avgPoolGrad SAME',
      run: () => tf.avgPoolGrad([1, 3, 3, 1], tf.ones([1, 2, 2, 1]), 2, 2, 'SAME'),
      expected: str('\n[[[[0.25]\n   [0.25]\n   [0.5 ]]\n\n  [[0.25]\n   [0.25]\n   [0.5 ]]\n\n  [[0.5 ]\n   [0.5 ]\n   [1.  ]]]]', '(1, 3, 3, 1)', 'float32'),
    },
    {
      name: 'conv2d nan and inf propagate',
      run: () => tf.conv2d(tf.constant([[[[0], [1], [NaN]]]]), tf.constant([[[[Infinity]]]]), 1, 'VALID'),
      expected: str('\n[[[[nan]\n   [inf]\n   [nan]]]]', '(1, 1, 3, 1)', 'float32'),
    },
    {
      name: 'conv2dBackpropFilter float64',
      run: () => tf.conv2dBackpropFilter(f64([[[[1], [2], [3]]]]), [1, 2, 1, 1], f64([[[[1], [-1]]]]), 1, 'VALID'),
      expected: str('\n[[[[-1.]]\n\n  [[-1.]]]]', '(1, 2, 1, 1)', 'float64'),
    },
    {
      name: 'depthwiseConv2dBackpropInput float64',
      run: () => tf.depthwiseConv2dBackpropInput([1, 1, 2, 1], f64([[[[1, 2]], [[3, 4]]]]), f64([[[[1, 1]]]]), 1, 'VALID'),
      expected: str('\n[[[[3.]\n   [7.]]]]', '(1, 1, 2, 1)', 'float64'),
    },
    {
      name: 'maxPoolGrad NCHW float64',
      run: () => {
        const x = f64([[[[1, 3], [2, 0]]]]);
        return tf.maxPoolGrad(x, tf.maxPool(x, [1, 2], 1, 'VALID', 'NCHW'), f64([[[[5], [7]]]]), [1, 2], 1, 'VALID', 'NCHW');
      },
      expected: str('\n[[[[0. 5.]\n   [7. 0.]]]]', '(1, 1, 2, 2)', 'float64'),
    },
    {
      name: 'maxPoolGradGrad SAME float32',
      run: () => {
        const x = tf.constant([[[[2], [2]], [[1], [0]]]]);
        return tf.maxPoolGradGrad(x, tf.maxPool(x, 2, 1, 'SAME'), tf.constant([[[[1], [2]], [[3], [4]]]]), 2, 1, 'SAME');
      },
      expected: str('\n[[[[1.]\n   [2.]]\n\n  [[3.]\n   [4.]]]]', '(1, 2, 2, 1)', 'float32'),
    },
    {
      name: 'avgPoolGrad NCHW float64',
      run: () => tf.avgPoolGrad([1, 1, 2, 3], f64([[[[6, 6]]]]), [1, 1, 2, 2], [1, 1, 2, 2], 'SAME', 'NCHW'),
      expected: str('\n[[[[1.5 1.5 3. ]\n   [1.5 1.5 3. ]]]]', '(1, 1, 2, 3)', 'float64'),
    },
    { name: 'l2Loss float32', run: () => tf.l2Loss(tf.constant([1, 2, 3])), expected: str('7.0', '()', 'float32') },
    { name: 'l2Loss float64', run: () => tf.l2Loss(f64([[0.5, -1.5], [2, 0]])), expected: str('3.25', '()', 'float64') },
    { name: 'l2Loss empty', run: () => tf.l2Loss(tf.zeros([0])), expected: str('0.0', '()', 'float32') },
    {
      name: 'softmaxCrossEntropyWithLogits',
      run: () => tf.softmaxCrossEntropyWithLogits(f64([[0, 1], [0.5, 0.5]]), f64([[0, 0], [0, Math.log(3)]])),
      expected: str('[0.69314718 0.83698822]', '(2,)', 'float64'),
    },
    {
      name: 'softmaxCrossEntropyWithLogits axis 0',
      run: () => tf.softmaxCrossEntropyWithLogits(tf.constant([[0, 1], [1, 0]]), tf.constant([[0, 0], [0, Math.log(3)]]), 0),
      expected: str('[0.6931472 1.3862944]', '(2,)', 'float32'),
    },
    { name: 'softmaxCrossEntropyWithLogits large logits', run: () => tf.softmaxCrossEntropyWithLogits(f64([[0.25, 0.75]]), f64([[1000, 1000]])), expected: str('[0.69314718]', '(1,)', 'float64') },
    {
      name: 'sparseSoftmaxCrossEntropyWithLogits',
      run: () => tf.sparseSoftmaxCrossEntropyWithLogits([1, 0], f64([[0, 0], [Math.log(3), 0]])),
      expected: str('[0.69314718 0.28768207]', '(2,)', 'float64'),
    },
    {
      name: 'sparseSoftmaxCrossEntropyWithLogits certain prediction is +0',
      run: () => tf.sparseSoftmaxCrossEntropyWithLogits(tf.constant([[2n]]), f64([[[0, -1000, 1000]]])),
      expected: str('[[0.]]', '(1, 1)', 'float64'),
    },
    {
      name: 'sigmoidCrossEntropyWithLogits large |logits|',
      run: () => tf.sigmoidCrossEntropyWithLogits(f64([1, 0, 0.5]), f64([0, 100, -100])),
      expected: str('[  0.69314718 100.          50.        ]', '(3,)', 'float64'),
    },
    { name: 'sigmoidCrossEntropyWithLogits float32', run: () => tf.sigmoidCrossEntropyWithLogits(tf.constant([1, 0]), tf.constant([-1, 1])), expected: str('[1.3132617 1.3132617]', '(2,)', 'float32') },
    { name: 'dropout rate 0 is the identity', run: () => tf.dropout(tf.constant([1, 2]), 0), expected: str('[1. 2.]', '(2,)', 'float32') },
    { name: 'moments mean', run: () => tf.moments(tf.constant([[1, 2], [3, 5]]), [0])[0], expected: str('[2.  3.5]', '(2,)', 'float32') },
    { name: 'moments variance', run: () => tf.moments(tf.constant([[1, 2], [3, 5]]), [0])[1], expected: str('[1.   2.25]', '(2,)', 'float32') },
    { name: 'moments keepdims', run: () => tf.moments(f64([[1, 2], [3, 5]]), [0, 1], true)[0], expected: str('[[2.75]]', '(1, 1)', 'float64') },
    {
      // Classes with -inf logits are never drawn, so these samples do not depend on the seed.
      name: 'random.categorical certain rows',
      run: () => tf.random.categorical(tf.constant([[0, -Infinity, -Infinity], [-Infinity, -Infinity, 5]]), 3),
      expected: str('\n[[0 0 0]\n [2 2 2]]', '(2, 3)', 'int32'),
    },
    { name: 'random.uniform int32 of one value', run: () => tf.random.uniform([2, 2], { minval: 7n, maxval: 8n, dtype: 'int32' }), expected: str('\n[[7 7]\n [7 7]]', '(2, 2)', 'int32') },
    { name: 'random.truncatedNormal stddev 0', run: () => tf.random.truncatedNormal([2], { mean: 3, stddev: 0, dtype: 'float64' }), expected: str('[3. 3.]', '(2,)', 'float64') },
    { name: 'random.shuffle bool, one row', run: () => tf.random.shuffle(tf.constant([[true, false]])), expected: str('[[ True False]]', '(1, 2)', 'bool') },
  ],
  tfOps: {
    'nn.conv2d': (x, w) => tf.conv2d(x, w, 1, 'VALID'),
    'nn.max_pool2d': (x) => tf.maxPool(x, 2, 2, 'VALID'),
    'nn.avg_pool2d': (x) => tf.avgPool(x, 2, 2, 'VALID'),
    'nn.l2_loss': (x) => tf.l2Loss(x),
  },
};
