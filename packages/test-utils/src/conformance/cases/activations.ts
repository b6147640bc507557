import * as tf from '@tensortape/core';
import type { CaseGroup } from '../case-group';
import { f64, normal } from '../inputs';

const str = (values: string, shape: string, dtype: string) => `tf.Tensor(${values}, shape=${shape}, dtype=${dtype})`;

/** Activation functions and the softmaxes. Inputs of the piecewise ones stay away from their kinks. */
export const activations: CaseGroup = {
  gradients: [
    { kernel: tf.Sigmoid, f: tf.sigmoid, inputs: () => [normal([2, 3], 41)] },
    { kernel: tf.Softplus, f: tf.softplus, inputs: () => [normal([4], 42)] },
    { kernel: tf.Relu, f: (x) => tf.square(tf.relu(x)), inputs: () => [f64([-1.2, 0.4, 2.3, -0.3])] },
    { kernel: tf.Relu6, f: (x) => tf.square(tf.relu6(x)), inputs: () => [f64([-1.2, 0.4, 5.5, 6.7])] },
    { kernel: tf.Elu, f: tf.elu, inputs: () => [f64([-1.2, 0.4, 2.3, -0.3])] },
    { kernel: tf.Selu, f: tf.selu, inputs: () => [f64([-1.2, 0.4, 2.3, -0.3])] },
    { kernel: tf.LeakyRelu, f: (x) => tf.square(tf.leakyRelu(x, 0.3)), inputs: () => [f64([-1.2, 0.4, 2.3, -0.3])] },
    { kernel: tf.Gelu, f: (x) => tf.add(tf.gelu(x), tf.gelu(x, true)), inputs: () => [normal([4], 43)] },
    { kernel: tf.Silu, f: (x) => tf.silu(x, 1.5), inputs: () => [normal([4], 44)] },
    { kernel: tf.Softmax, f: (x) => tf.softmax(x, 0), inputs: () => [normal([3, 2], 45)] },
    { kernel: tf.LogSoftmax, f: (x) => tf.logSoftmax(x), inputs: () => [normal([2, 3], 46)] },
  ],
  values: [
    { name: 'relu int32', run: () => tf.relu(tf.constant([-2n, 0n, 3n])), expected: str('[0 0 3]', '(3,)', 'int32') },
    {
      name: 'relu float32 -0, nan, ±inf',
      run: () => tf.relu(tf.constant([-0, NaN, -Infinity, Infinity, 1.5])),
      expected: str('[0.  nan 0.  inf 1.5]', '(5,)', 'float32'),
    },
    { name: 'relu6 float64', run: () => tf.relu6(f64([-1, 3, 6, 7, NaN])), expected: str('[ 0.  3.  6.  6. nan]', '(5,)', 'float64') },
    { name: 'relu6 int32', run: () => tf.relu6(tf.constant([-1n, 3n, 9n])), expected: str('[0 3 6]', '(3,)', 'int32') },
    { name: 'elu float32 -inf', run: () => tf.elu(tf.constant([-1, 0, 2, -Infinity])), expected: str('[-0.63212055  0.          2.         -1.        ]', '(4,)', 'float32') },
    { name: 'selu float64', run: () => tf.selu(f64([-1, 0, 2])), expected: str('[-1.11133074  0.          2.10140197]', '(3,)', 'float64') },
    { name: 'leakyRelu int32 becomes float32', run: () => tf.leakyRelu(tf.constant([-5n, 5n])), expected: str('[-1.  5.]', '(2,)', 'float32') },
    { name: 'leakyRelu float64 alpha', run: () => tf.leakyRelu(f64([-1, 2]), 0.5), expected: str('[-0.5  2. ]', '(2,)', 'float64') },
    {
      name: 'sigmoid float64 saturating',
      run: () => tf.sigmoid(f64([-800, 0, 800, -40])),
      expected: str('[0.00000000e+00 5.00000000e-01 1.00000000e+00 4.24835426e-18]', '(4,)', 'float64'),
    },
    { name: 'sigmoid float32', run: () => tf.sigmoid(tf.constant([-1, 0, 1])), expected: str('[0.26894143 0.5        0.7310586 ]', '(3,)', 'float32') },
    {
      name: 'softplus float64 large |x|',
      run: () => tf.softplus(f64([-800, 0, 800])),
      expected: str('[0.00000000e+00 6.93147181e-01 8.00000000e+02]', '(3,)', 'float64'),
    },
    {
      name: 'softplus float32 thresholds',
      run: () => tf.softplus(tf.constant([100, -20, 1])),
      expected: str('[1.0000000e+02 2.0611537e-09 1.3132616e+00]', '(3,)', 'float32'),
    },
    {
      // TF's 1/√2 is float32-rounded (the recorded float64 values say so), hence not …25 and …75.
      name: 'gelu float64',
      run: () => tf.gelu(f64([-1, 0, 1])),
      expected: str('[-0.15865526  0.          0.84134474]', '(3,)', 'float64'),
    },
    { name: 'gelu approximate float64', run: () => tf.gelu(f64([-1, 0, 1]), true), expected: str('[-0.15880801  0.          0.84119199]', '(3,)', 'float64') },
    { name: 'silu float32', run: () => tf.silu(tf.constant([-1, 0, 1])), expected: str('[-0.26894143  0.          0.7310586 ]', '(3,)', 'float32') },
    { name: 'softmax float64', run: () => tf.softmax(f64([0, Math.log(3)])), expected: str('[0.25 0.75]', '(2,)', 'float64') },
    { name: 'softmax large logits', run: () => tf.softmax(f64([1000, 1000])), expected: str('[0.5 0.5]', '(2,)', 'float64') },
    {
      name: 'softmax axis 0',
      run: () => tf.softmax(tf.constant([[1, 1], [1, 3]]), 0),
      expected: 'tf.Tensor(\n[[0.5        0.11920292]\n [0.5        0.8807971 ]], shape=(2, 2), dtype=float32)',
    },
    { name: 'logSoftmax large logits', run: () => tf.logSoftmax(f64([1000, 0])), expected: str('[    0. -1000.]', '(2,)', 'float64') },
    {
      name: 'logSoftmax axis 0',
      run: () => tf.logSoftmax(f64([[0, 1], [0, 1]]), 0),
      expected: 'tf.Tensor(\n[[-0.69314718 -0.69314718]\n [-0.69314718 -0.69314718]], shape=(2, 2), dtype=float64)',
    },
    { name: 'softmax empty', run: () => tf.softmax(tf.zeros([2, 0])), expected: str('[]', '(2, 0)', 'float32') },
  ],
  tfOps: {
    sigmoid: tf.sigmoid,
    'nn.softplus': tf.softplus,
    'nn.relu': tf.relu,
    'nn.relu6': tf.relu6,
    'nn.elu': tf.elu,
    'nn.selu': tf.selu,
    'nn.gelu': (x) => tf.gelu(x),
    'nn.silu': (x) => tf.silu(x),
    'nn.softmax': (x) => tf.softmax(x),
    'nn.log_softmax': (x) => tf.logSoftmax(x),
    'nn.leaky_relu': (x) => tf.leakyRelu(x, 0.2),
  },
};
