import { checkGradients, expectClose } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import * as tf from '../index';
import { f64, grads, kernelError, opError } from './op-test-helpers';

const normal = (shape: number[], seed: number) => tf.random.normal(shape, { dtype: 'float64', seed });

describe('conv2d', () => {
  const x = normal([2, 5, 6, 3], 1);
  const w = normal([3, 2, 3, 4], 2);

  it('takes strides and dilations as an int or a list of 1, 2 or 4', () => {
    const y = tf.conv2d(x, w, [2, 2], 'SAME', 'NHWC', [1, 1]);
    expectClose(tf.conv2d(x, w, 2, 'SAME'), y);
    expectClose(tf.conv2d(x, w, [2], 'SAME', 'NHWC', 1), y);
    expectClose(tf.conv2d(x, w, [1, 2, 2, 1], 'SAME', 'NHWC', [1, 1, 1, 1]), y);
    expect(y.shape).toEqual([2, 3, 3, 4]);
  });

  it('computes NCHW as the transpose of NHWC', () => {
    const nchw = tf.conv2d(tf.transpose(x, [0, 3, 1, 2]), w, [1, 1, 2, 1], 'SAME', 'NCHW', [1, 1, 1, 2]);
    expectClose(tf.transpose(nchw, [0, 2, 3, 1]), tf.conv2d(x, w, [2, 1], 'SAME', 'NHWC', [1, 2]));
  });

  it('explicit padding equals SAME where they pad alike', () => {
    // 5 rows, 3-row filter, stride 2: SAME pads 1 above and 1 below; 6 columns, 2 wide: 0 and 1.
    expectClose(tf.conv2d(x, w, 2, [[0, 0], [1, 1], [0, 1], [0, 0]]), tf.conv2d(x, w, 2, 'SAME'));
  });

  it('folds extra leading batch dimensions, as TF', () => {
    const y = tf.conv2d(tf.reshape(x, [2, 1, 5, 6, 3]), w, 1, 'VALID');
    expect(y.shape).toEqual([2, 1, 3, 5, 4]);
    expectClose(tf.reshape(y, [2, 3, 5, 4]), tf.conv2d(x, w, 1, 'VALID'));
  });

  it('groups channels when the input depth is a multiple of the filter depth', () => {
    const xs = normal([1, 4, 4, 4], 3);
    const ws = normal([2, 2, 2, 6], 4);
    const grouped = tf.conv2d(xs, ws, 1, 'VALID');
    const halves = [0, 1].map((g) =>
      tf.conv2d(tf.slice(xs, [0, 0, 0, 2 * g], [-1, -1, -1, 2]), tf.slice(ws, [0, 0, 0, 3 * g], [-1, -1, -1, 3]), 1, 'VALID'),
    );
    expectClose(grouped, tf.concat(halves, 3));
  });

  it('converts plain-data filters to the input dtype', () => {
    const y = tf.conv2d(f64([[[[1], [2]]]]), [[[[3]]]], 1, 'VALID');
    expect(String(y)).toBe('tf.Tensor(\n[[[[3.]\n   [6.]]]], shape=(1, 1, 2, 1), dtype=float64)');
  });

  it('gives a size 0 output when the window is one too large, and an error beyond', () => {
    expect(tf.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([3, 3, 1, 1]), 1, 'VALID').shape).toEqual([1, 0, 0, 1]);
    expect(() => tf.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([5, 5, 1, 1]), 1, 'VALID')).toThrow(
      kernelError('Conv2D', 'Computed output size would be negative: -2 [input_size: 2, effective_filter_size: 5, stride: 1]'),
    );
  });

  it("raises TF's errors for dtypes, ranks and depths", () => {
    const xi = tf.ones([1, 4, 4, 3], 'int32');
    expect(() => tf.conv2d(xi, xi, 1, 'VALID')).toThrow(opError('Conv2D', "Value for attr 'T' of int32 is not in the list of allowed values: float, double"));
    expect(() => tf.conv2d(tf.ones([1, 4, 4, 3]), tf.ones([2, 2, 3, 2], 'float64'), 1, 'VALID')).toThrow(
      opError('Conv2D', 'cannot compute Conv2D as input #1(zero-based) was expected to be a float tensor but is a double tensor'),
    );
    expect(() => tf.conv2d(tf.ones([4, 4, 3]), tf.ones([2, 2, 3, 2]), 1, 'VALID')).toThrow(kernelError('Conv2D', 'input must be 4-dimensional[4,4,3]'));
    expect(() => tf.conv2d(tf.ones([1, 4, 4, 3]), tf.ones([2, 3, 2]), 1, 'VALID')).toThrow(kernelError('Conv2D', 'filter must be 4-dimensional: [2,3,2]'));
    expect(() => tf.conv2d(tf.ones([1, 4, 4, 3]), tf.ones([2, 2, 2, 2]), 1, 'VALID')).toThrow(
      kernelError('Conv2D', 'input depth must be evenly divisible by filter depth: 3 vs 2'),
    );
    expect(() => tf.conv2d(tf.ones([1, 4, 4, 4]), tf.ones([2, 2, 2, 3]), 1, 'VALID')).toThrow(
      kernelError('Conv2D', 'output depth must be evenly divisible by number of groups: 3 vs 2'),
    );
  });

  it("raises TF's errors for strides, dilations, padding and data format", () => {
    const [xo, wo] = [tf.ones([1, 4, 4, 3]), tf.ones([2, 2, 3, 2])];
    expect(() => tf.conv2d(xo, wo, [2, 1, 1, 1], 'VALID')).toThrow(
      kernelError('Conv2D', 'Current implementation does not yet support strides in the batch and depth dimensions.'),
    );
    expect(() => tf.conv2d(xo, wo, [1, 1, 1], 'VALID')).toThrow(new tf.ValueError('strides should be of length 1, 2 or 4. Received: strides=[1, 1, 1] of length 3'));
    expect(() => tf.conv2d(xo, wo, 0, 'VALID')).toThrow(kernelError('Conv2D', 'Row and column strides should be larger than 0.'));
    expect(() => tf.conv2d(xo, wo, 1, 'VALID', 'NHWC', [1, 1, 1, 2])).toThrow(
      kernelError('Conv2D', 'Current implementation does not yet support dilations in the batch and depth dimensions.'),
    );
    expect(() => tf.conv2d(xo, wo, 1, 'same' as 'SAME')).toThrow(
      opError('Conv2D', `Value for attr 'padding' of "same" is not in the list of allowed values: "SAME", "VALID", "EXPLICIT"`),
    );
    expect(() => tf.conv2d(xo, wo, 1, 'EXPLICIT' as 'SAME')).toThrow(
      new tf.ValueError("'EXPLICIT' is not a valid value for `padding`. To use explicit padding, `padding` must be a list."),
    );
    expect(() => tf.conv2d(xo, wo, 1, [[0, 0], [1, 1], [1, 1]])).toThrow(
      new tf.ValueError('When padding is a list, it must be of size 4. Received: padding=[[0, 0], [1, 1], [1, 1]] of size 3'),
    );
    expect(() => tf.conv2d(xo, wo, 1, [[0, 0], [-1, 1], [1, 1], [0, 0]])).toThrow(kernelError('Conv2D', 'All elements of explicit_paddings must be nonnegative'));
    expect(() => tf.conv2d(xo, wo, 1, [[1, 0], [1, 1], [1, 1], [0, 0]])).toThrow(
      kernelError('Conv2D', 'Nonzero explicit padding in the batch or depth dimensions is not supported'),
    );
    expect(() => tf.conv2d(xo, wo, 1, 'VALID', 'NWHC' as 'NHWC')).toThrow(
      opError('Conv2D', `Value for attr 'data_format' of "NWHC" is not in the list of allowed values: "NHWC", "NCHW"`),
    );
  });

  it('has the backprop ops as its gradients, and they agree with finite differences', () => {
    const dy = normal([2, 3, 3, 4], 5);
    const [gx, gw] = grads((a, b) => tf.reduceSum(tf.multiply(tf.conv2d(a, b, 2, 'SAME'), dy)), x, w);
    expectClose(gx!, tf.conv2dBackpropInput(x.shape, w, dy, 2, 'SAME'));
    expectClose(gw!, tf.conv2dBackpropFilter(x, w.shape, dy, 2, 'SAME'));
  });

  it.each([
    ['NCHW, dilated', (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a, b, [1, 1, 2, 1], 'SAME', 'NCHW', [1, 1, 1, 2]), [2, 3, 5, 6], [2, 2, 3, 2]],
    ['grouped, explicit padding', (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a, b, [1, 2], [[0, 0], [2, 0], [1, 1], [0, 0]]), [1, 4, 5, 4], [2, 3, 2, 4]],
    ['extra batch dimensions', (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a, b, 1, 'VALID'), [2, 1, 4, 4, 2], [2, 2, 2, 3]],
  ])('passes the gradient check at order 2: %s', (_, f, xs, ws) => {
    expect(checkGradients(f, [normal(xs as number[], 6), normal(ws as number[], 7)], { order: 2 })).toHaveLength(2);
  });

  it('checks the shapes given to its backprop ops', () => {
    const [xo, wo] = [tf.ones([1, 4, 4, 3]), tf.ones([2, 2, 3, 2])];
    expect(() => tf.conv2dBackpropInput([1, 4, 4, 3], wo, tf.ones([1, 2, 3, 2]), 1, 'VALID')).toThrow(
      kernelError(
        'Conv2DBackpropInput',
        "Conv2DBackpropInput: Size of out_backprop doesn't match computed: actual = 2, computed = 3 spatial_dim: 1 input: 4 filter: 2 output: 2 stride: 1 dilation: 1",
      ),
    );
    expect(() => tf.conv2dBackpropInput([1, 4, 4, 3], wo, tf.ones([2, 3, 3, 2]), 1, 'VALID')).toThrow(
      'input and out_backprop must have the same batch size. Input batch: 1, outbackprop batch: 2, batch_dim: 0',
    );
    expect(() => tf.conv2dBackpropInput([1, 4, 4, 3], wo, tf.ones([1, 3, 3, 1]), 1, 'VALID')).toThrow(
      'Conv2DBackpropInput: filter and out_backprop must have the same out_depth',
    );
    expect(() => tf.conv2dBackpropFilter(xo, [2, 2, 3, 2], tf.ones([1, 3, 3]), 1, 'VALID')).toThrow(
      kernelError('Conv2DBackpropFilter', 'Conv2DBackpropFilter: out_backprop must be 4-dimensional'),
    );
  });
});

describe('conv1d and conv2dTranspose', () => {
  it('conv1d is conv2d over a height of 1, in NWC and NCW', () => {
    const x = normal([2, 7, 3], 8);
    const w = normal([3, 3, 2], 9);
    const y = tf.conv1d(x, w, 2, 'SAME', 'NWC', 1);
    expect(y.shape).toEqual([2, 4, 2]);
    expectClose(y, tf.squeeze(tf.conv2d(tf.expandDims(x, 1), tf.expandDims(w, 0), [1, 2], 'SAME'), 1));
    const ncw = tf.conv1d(tf.transpose(x, [0, 2, 1]), w, [1, 1, 2], 'SAME', 'NCW');
    expectClose(tf.transpose(ncw, [0, 2, 1]), y);
    expectClose(tf.conv1d(x, w, 1, [[0, 0], [1, 2], [0, 0]], 'NWC', 2), tf.conv1d(tf.pad(x, [[0, 0], [1, 2], [0, 0]]), w, 1, 'VALID', 'NWC', 2));
  });

  it('conv1d checks its data format and sequences', () => {
    const [x, w] = [tf.ones([1, 4, 2]), tf.ones([2, 2, 1])];
    expect(() => tf.conv1d(x, w, 1, 'VALID', 'NHWC' as 'NWC')).toThrow(new tf.ValueError("`data_format` must be 'NWC' or 'NCW'. Received: data_format=NHWC"));
    expect(() => tf.conv1d(x, w, [1, 2], 'VALID')).toThrow(new tf.ValueError('stride should be of length 1, 1 or 3. Received: stride=[1, 2] of length 2'));
  });

  it('conv1d passes the gradient check at order 2', () => {
    expect(checkGradients((a, b) => tf.conv1d(a, b, 2, 'SAME', 'NWC', 1), [normal([1, 6, 2], 10), normal([3, 2, 2], 11)], { order: 2 })).toHaveLength(2);
  });

  it('conv2dTranspose is the gradient of conv2d for its input, and transposes it', () => {
    const x = normal([1, 5, 5, 2], 12);
    const w = normal([3, 3, 2, 3], 13);
    const u = normal([1, 3, 3, 3], 14);
    const t = tf.conv2dTranspose(u, w, x.shape, 2, 'SAME');
    // <conv(x), u> = <x, convᵀ(u)>
    expectClose(tf.reduceSum(tf.multiply(tf.conv2d(x, w, 2, 'SAME'), u)), tf.reduceSum(tf.multiply(x, t)));
  });
});

describe('depthwiseConv2d', () => {
  it('convolves each channel with its own filters, as grouped conv2d does', () => {
    const x = normal([2, 5, 5, 3], 15);
    const w = normal([2, 3, 3, 2], 16);
    const y = tf.depthwiseConv2d(x, w, [2, 1], 'SAME', 'NHWC', [1, 2]);
    expect(y.shape).toEqual([2, 3, 5, 6]);
    expectClose(y, tf.conv2d(x, tf.reshape(w, [2, 3, 1, 6]), [2, 1], 'SAME', 'NHWC', [1, 2]));
    const nchw = tf.depthwiseConv2d(tf.transpose(x, [0, 3, 1, 2]), w, [1, 1, 2, 1], 'SAME', 'NCHW', [1, 1, 1, 2]);
    expectClose(tf.transpose(nchw, [0, 2, 3, 1]), y);
  });

  it('has its backprop ops as gradients', () => {
    const x = normal([1, 4, 4, 2], 17);
    const w = normal([2, 2, 2, 3], 18);
    const dy = normal([1, 2, 2, 6], 19);
    const [gx, gw] = grads((a, b) => tf.reduceSum(tf.multiply(tf.depthwiseConv2d(a, b, 2, 'VALID'), dy)), x, w);
    expectClose(gx!, tf.depthwiseConv2dBackpropInput(x.shape, w, dy, 2, 'VALID'));
    expectClose(gw!, tf.depthwiseConv2dBackpropFilter(x, w.shape, dy, 2, 'VALID'));
  });

  it('needs equal input and filter depths', () => {
    expect(() => tf.depthwiseConv2d(tf.ones([1, 4, 4, 3]), tf.ones([2, 2, 2, 2]), 1, 'VALID')).toThrow(
      kernelError('DepthwiseConv2dNative', 'input and filter must have the same depth: 3 vs 2'),
    );
  });
});

describe('maxPool and avgPool', () => {
  it('take ksize and strides as an int or a list of 1, 2 or 4', () => {
    const x = normal([1, 5, 6, 2], 20);
    const y = tf.maxPool(x, [3, 2], [2, 2], 'SAME');
    expectClose(tf.maxPool(x, [1, 3, 2, 1], 2, 'SAME'), y);
    expect(y.shape).toEqual([1, 3, 3, 2]);
    expectClose(tf.avgPool(x, 2, [2], 'VALID'), tf.avgPool(x, [1, 2, 2, 1], [1, 2, 2, 1], 'VALID'));
  });

  it('maxPool keeps int32, avgPool is float only', () => {
    expect(tf.maxPool(tf.constant([[[[1n], [5n]], [[3n], [2n]]]]), 2, 2, 'VALID').numpy()).toEqual([[[[5]]]]);
    expect(() => tf.avgPool(tf.ones([1, 2, 2, 1], 'int32'), 2, 2, 'VALID')).toThrow(
      opError('AvgPool', "Value for attr 'T' of int32 is not in the list of allowed values: float, double"),
    );
  });

  it('maxPool routes the gradient of a tie to the first maximum, in row-major order', () => {
    const x = tf.constant([[[[1], [4]], [[4], [4]]]]);
    const [g] = grads((a) => tf.maxPool(a, 2, 1, 'VALID'), x);
    expect(g!.numpy()).toEqual([[[[0], [1]], [[0], [0]]]]);
  });

  it('avgPool with SAME padding shares the gradient among the elements inside the input', () => {
    const [g] = grads((a) => tf.avgPool(a, 2, 2, 'SAME'), tf.ones([1, 3, 3, 1]));
    expect(tf.reshape(g!, [3, 3]).numpy()).toEqual([
      [0.25, 0.25, 0.5],
      [0.25, 0.25, 0.5],
      [0.5, 0.5, 1],
    ]);
  });

  it('maxPool has gradients of every order: the second routes through MaxPoolGradGrad', () => {
    const x = f64([[[[1], [3]], [[2], [0]]]]);
    const w = f64([[[[5]]]]);
    const outer = new tf.GradientTape();
    const inner = new tf.GradientTape();
    const [g, t] = outer.record(() => {
      outer.watch(w);
      const s = inner.record(() => {
        inner.watch(x);
        return tf.reduceSum(tf.multiply(tf.square(w), tf.maxPool(x, 2, 2, 'VALID')));
      });
      const gx = inner.gradient(s, x)!;
      return [gx, tf.reduceSum(tf.multiply(gx, f64([[[[1], [10]], [[100], [1000]]]])))];
    });
    expect(g.numpy()).toEqual([[[[0], [25]], [[0], [0]]]]);
    // d/dw of 10 * w²: the upstream read at the argmax, times 2w.
    expect(outer.gradient(t, w)!.numpy()).toEqual([[[[100]]]]);
  });

  it.each([
    ['maxPool NCHW', (a: tf.Tensor) => tf.maxPool(a, [1, 1, 2, 3], [1, 1, 2, 1], 'SAME', 'NCHW')],
    ['avgPool NCHW', (a: tf.Tensor) => tf.avgPool(a, [1, 1, 2, 3], [1, 1, 2, 1], 'SAME', 'NCHW')],
    ['maxPool explicit padding', (a: tf.Tensor) => tf.maxPool(a, 3, 2, [[0, 0], [0, 0], [1, 2], [2, 1]], 'NCHW')],
  ])('passes the gradient check at order 2: %s', (_, f) => {
    const x = tf.reshape(f64(Array.from({ length: 60 }, (_, i) => ((i * 23) % 60) / 7)), [1, 3, 4, 5]);
    expect(checkGradients(f, [x], { order: 2 })).toHaveLength(2);
  });

  it("raises TF's pooling errors", () => {
    const x = tf.ones([1, 4, 4, 3]);
    expect(() => tf.maxPool(tf.ones([4, 4, 3]), 2, 2, 'VALID')).toThrow(kernelError('MaxPool', 'tensor_in must be 4-dimensional'));
    expect(() => tf.maxPool(x, [2, 2, 2, 1], 2, 'VALID')).toThrow(kernelError('MaxPool', 'Pooling is not yet supported on the batch dimension.'));
    expect(() => tf.avgPool(x, [1, 2], [1, 2, 2], 'VALID')).toThrow(new tf.ValueError('strides should be of length 1, 2 or 4. Received: strides=[1, 2, 2] of length 3'));
    expect(() => tf.maxPool(x, 2, 1, [[0, 0], [2, 0], [0, 0], [0, 0]])).toThrow(
      kernelError('MaxPool', 'Top padding 2 needs to be smaller than the window size 2'),
    );
    expect(() => tf.maxPoolGrad(x, tf.ones([1, 2, 2, 3]), tf.ones([1, 2, 2, 3]), 2, 1, 'VALID')).toThrow(
      kernelError('MaxPoolGrad', 'Expected orig_output shape to be [1,3,3,3], but got [1,2,2,3]'),
    );
    expect(() => tf.avgPoolGrad([1, 4, 4, 3], tf.ones([1, 2, 2, 3]), 2, 1, 'VALID')).toThrow(
      kernelError('AvgPoolGrad', 'Expected grad shape to be [1,3,3,3], but got [1,2,2,3]'),
    );
  });
});

describe('losses', () => {
  it('l2Loss is half the sum of squares, with gradient x', () => {
    const x = f64([[1, -2], [3, 0.5]]);
    expect(tf.l2Loss(x).numpy()).toBe(7.125);
    expect(grads(tf.l2Loss, x)[0]!.numpy()).toEqual([[1, -2], [3, 0.5]]);
    expect(() => tf.l2Loss(tf.constant([1n]))).toThrow(opError('L2Loss', "Value for attr 'T' of int32 is not in the list of allowed values: float, double"));
  });

  it('softmaxCrossEntropyWithLogits has gradients softmax - labels and -logSoftmax', () => {
    const labels = f64([[0.2, 0.8], [1, 0]]);
    const logits = f64([[0.5, -1], [2, 1]]);
    const [gl, gz] = grads((l, z) => tf.softmaxCrossEntropyWithLogits(l, z), labels, logits);
    expectClose(gz!, tf.subtract(tf.softmax(logits), labels));
    expectClose(gl!, tf.negative(tf.logSoftmax(logits)));
    expect(checkGradients((l, z) => tf.softmaxCrossEntropyWithLogits(l, z, 0), [labels, logits], { order: 2 })).toHaveLength(2);
  });

  it('softmaxCrossEntropyWithLogits casts labels to the logits dtype and checks shapes', () => {
    expect(String(tf.softmaxCrossEntropyWithLogits(tf.constant([[0n, 1n]]), f64([[0, 0]])))).toBe('tf.Tensor([0.69314718], shape=(1,), dtype=float64)');
    expect(() => tf.softmaxCrossEntropyWithLogits(tf.ones([2, 3]), tf.ones([2, 4]))).toThrow(
      kernelError('SoftmaxCrossEntropyWithLogits', 'logits and labels must be broadcastable: logits_size=[2,4] labels_size=[2,3]'),
    );
  });

  it('sparseSoftmaxCrossEntropyWithLogits equals the dense loss of one-hot labels', () => {
    const logits = normal([3, 4], 21);
    const labels = tf.constant([3n, 0n, 1n]);
    expectClose(tf.sparseSoftmaxCrossEntropyWithLogits(labels, logits), tf.softmaxCrossEntropyWithLogits(tf.oneHot(labels, 4, 1, 0, -1, 'float64'), logits));
    const [gz] = grads((z) => tf.sparseSoftmaxCrossEntropyWithLogits(labels, z), logits);
    expectClose(gz!, tf.subtract(tf.softmax(logits), tf.oneHot(labels, 4, 1, 0, -1, 'float64')));
    expect(checkGradients((z) => tf.sparseSoftmaxCrossEntropyWithLogits(labels, z), [logits], { order: 2 })).toHaveLength(2);
  });

  it("sparseSoftmaxCrossEntropyWithLogits raises TF's errors", () => {
    const logits = tf.ones([2, 3]);
    expect(() => tf.sparseSoftmaxCrossEntropyWithLogits([1, 5], logits)).toThrow(
      kernelError('SparseSoftmaxCrossEntropyWithLogits', 'Received a label value of 5 which is outside the valid range of [0, 3).  Label values: 1 5'),
    );
    expect(() => tf.sparseSoftmaxCrossEntropyWithLogits([[1]], logits)).toThrow(
      new tf.ValueError('`labels.shape.rank` must equal `logits.shape.rank - 1`. Received: labels.shape=(1, 1) of rank 2 and logits.shape=(2, 3) of rank 2'),
    );
    expect(() => tf.sparseSoftmaxCrossEntropyWithLogits([1, 1, 1], logits)).toThrow(
      new tf.ValueError('`labels.shape` must equal `logits.shape` except for the last dimension. Received: labels.shape=(3,) and logits.shape=(2, 3)'),
    );
    expect(() => tf.sparseSoftmaxCrossEntropyWithLogits(tf.constant([1, 1]), logits)).toThrow(
      opError('SparseSoftmaxCrossEntropyWithLogits', "Value for attr 'Tlabels' of float is not in the list of allowed values: int32, int64"),
    );
  });

  it('sigmoidCrossEntropyWithLogits has gradient sigmoid(x) - z, at 0 too (TF selects on x >= 0)', () => {
    const labels = f64([0.25, 1, 0]);
    const logits = f64([0, -3, 40]);
    const [gz, gx] = grads(tf.sigmoidCrossEntropyWithLogits, labels, logits);
    expectClose(gx!, tf.subtract(tf.sigmoid(logits), labels));
    expectClose(gz!, tf.negative(logits));
    expect(checkGradients((z, x) => tf.sigmoidCrossEntropyWithLogits(z, x), [f64([0.3, 0.9]), f64([-0.7, 1.2])], { order: 2 })).toHaveLength(2);
    expect(() => tf.sigmoidCrossEntropyWithLogits([1, 0, 1], tf.ones([2]))).toThrow(
      new tf.ValueError('`logits` and `labels` must have the same shape, received ((2,) vs (3,)).'),
    );
  });
});

describe('dropout', () => {
  it('zeroes about `rate` of the elements and scales the others by 1 / (1 - rate)', () => {
    const y = tf.dropout(tf.ones([100, 100]), 0.3, { seed: 1 });
    const values = Array.from(y.dataSync());
    const kept = values.filter((v) => v !== 0);
    expect(new Set(kept)).toEqual(new Set([Math.fround(1 / 0.7)]));
    expect(Math.abs(kept.length / 10000 - 0.7)).toBeLessThan(0.02);
  });

  it('repeats under the same seeds and keeps whole slices where noiseShape is 1', () => {
    tf.random.setSeed(5);
    const a = tf.dropout(tf.ones([3, 50], 'float64'), 0.5, { seed: 2, noiseShape: [1, null] });
    tf.random.setSeed(5);
    const b = tf.dropout(tf.ones([3, 50], 'float64'), 0.5, { seed: 2, noiseShape: [1, 50] });
    expect(b.numpy()).toEqual(a.numpy());
    const [r0, r1, r2] = a.numpy() as number[][];
    expect(r1).toEqual(r0);
    expect(r2).toEqual(r0);
  });

  it('has the mask, scaled, as its gradient', () => {
    const x = normal([4, 5], 22);
    tf.random.setSeed(9);
    const y = tf.dropout(x, 0.25, { seed: 3 });
    tf.random.setSeed(9);
    const [g] = grads((a) => tf.dropout(a, 0.25, { seed: 3 }), x);
    expectClose(g!, tf.divide(tf.cast(tf.notEqual(y, 0), 'float64'), 0.75));
  });

  it("raises TF's errors", () => {
    expect(() => tf.dropout(tf.ones([2]), 1)).toThrow(new tf.ValueError('`rate` must be a scalar tensor or a float in the range [0, 1). Received: rate=1'));
    expect(() => tf.dropout(tf.ones([2]), -0.5)).toThrow('Received: rate=-0.5');
    expect(() => tf.dropout(tf.ones([2], 'int32'), 0.5)).toThrow(
      new tf.ValueError("`x.dtype` must be a floating point tensor as `x` will be scaled. Received: x_dtype=<dtype: 'int32'>"),
    );
  });
});

describe('moments', () => {
  it('gives the mean and the variance over axes', () => {
    const x = f64([[1, 2, 6], [3, 4, 8]]);
    const [m, v] = tf.moments(x, [1]);
    expectClose(m, f64([3, 5]));
    expectClose(v, f64([14 / 3, 14 / 3]));
    const [mk, vk] = tf.moments(x, [-2, 1], true);
    expect(mk.shape).toEqual([1, 1]);
    expectClose(vk, f64([[34 / 6]]));
  });

  it("stops the mean's gradient inside the variance, as TF (second derivatives show it)", () => {
    const x = f64([1, 2, 3, 4]);
    const outer = new tf.GradientTape();
    const inner = new tf.GradientTape();
    const g = outer.record(() => {
      outer.watch(x);
      const v = inner.record(() => {
        inner.watch(x);
        return tf.moments(x, [0])[1];
      });
      return inner.gradient(v, x)!;
    });
    expectClose(g, f64([-0.75, -0.25, 0.25, 0.75]));
    // With the mean differentiated, sum(g) = 0 everywhere and this would be zeros.
    expectClose(outer.gradient(g, x)!, f64([0.5, 0.5, 0.5, 0.5]));
  });
});
