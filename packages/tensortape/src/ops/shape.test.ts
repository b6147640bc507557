import { checkGradients, normal } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import * as tf from '../index';
import { f64, grad, kernelError, str } from './op-test-helpers';

const grid = (...shape: number[]) => tf.reshape(tf.range(shape.reduce((a, b) => a * b, 1)), shape);

describe('transpose, expandDims, squeeze', () => {
  it('transpose permutes, and its gradient uses the inverse permutation', () => {
    const x = grid(2, 3, 4);
    const y = tf.transpose(x, [1, 2, 0]);
    expect(y.shape).toEqual([3, 4, 2]);
    const w = grid(3, 4, 2);
    expect(grad((t) => tf.transpose(t, [1, 2, 0]), x, { weights: w })!.numpy()).toEqual(tf.transpose(w, [2, 0, 1]).numpy());
    expect(x.transpose().shape).toEqual([4, 3, 2]);
  });

  it('transpose refuses bad permutations with TF errors', () => {
    const x = tf.ones([2, 2]);
    expect(() => tf.transpose(x, [0])).toThrow(kernelError('Transpose', 'transpose expects a vector of size 2. But input(1) is a vector of size 1'));
    expect(() => tf.transpose(x, [0, 2])).toThrow(kernelError('Transpose', '2 is out of range [0 .. 2)'));
    expect(() => tf.transpose(x, [1, 1])).toThrow(kernelError('Transpose', '0 is missing from {1,1}.'));
  });

  it('expandDims and squeeze reshape, with TF errors', () => {
    const x = tf.ones([2, 1, 3]);
    expect(tf.expandDims(x, 3).shape).toEqual([2, 1, 3, 1]);
    expect(tf.expandDims(x, -4).shape).toEqual([1, 2, 1, 3]);
    expect(tf.squeeze(x).shape).toEqual([2, 3]);
    expect(tf.squeeze(tf.ones([1, 1]), [-1]).shape).toEqual([1]);
    expect(x.expandDims(0).squeeze().shape).toEqual([2, 3]);
    expect(() => tf.expandDims(x, 4)).toThrow(kernelError('ExpandDims', 'Tried to expand dim index 4 for tensor with 3 dimensions.'));
    expect(() => tf.squeeze(x, 3)).toThrow(kernelError('Squeeze', 'Tried to squeeze dim index 3 for tensor with 3 dimensions.'));
    expect(() => tf.squeeze(x, -1)).toThrow(kernelError('Squeeze', 'Can not squeeze dim[2], expected a dimension of 1, got 3'));
  });
});

describe('concat, stack, split, unstack', () => {
  it('concat converts plain values to the tensors dtype and returns a copy of a single value', () => {
    expect(str(tf.concat([[1, 2], f64([3])], 0))).toBe('tf.Tensor([1. 2. 3.], shape=(3,), dtype=float64)');
    const x = tf.constant([1]);
    const y = tf.concat([x], 0);
    expect(y).not.toBe(x);
    expect(y.numpy()).toEqual([1]);
  });

  it('concat raises TF errors', () => {
    const [a, b] = [tf.ones([2, 3]), tf.ones([2, 2])];
    expect(() => tf.concat([a, b], 2)).toThrow(kernelError('ConcatV2', 'ConcatOp : Expected concatenating dimensions in the range [-2, 2), but got 2'));
    expect(() => tf.concat([a, b], 0)).toThrow(
      kernelError('ConcatV2', 'ConcatOp : Dimension 1 in both shapes must be equal: shape[0] = [2,3] vs. shape[1] = [2,2]'),
    );
    expect(() => tf.concat([a, tf.ones([2])], 0)).toThrow(
      kernelError('ConcatV2', 'ConcatOp : Ranks of all input tensors should match: shape[0] = [2,3] vs. shape[1] = [2]'),
    );
    expect(() => tf.concat([a, f64([[1, 2, 3]])], 0)).toThrow(
      'cannot compute ConcatV2 as input #1(zero-based) was expected to be a float tensor but is a double tensor [Op:ConcatV2] name: ',
    );
    expect(() => tf.concat([], 0)).toThrow(tf.ValueError);
  });

  it('stack checks the axis and the shapes', () => {
    expect(tf.stack([tf.ones([2]), tf.ones([2])], -1).shape).toEqual([2, 2]);
    expect(() => tf.stack([tf.ones([2])], 2)).toThrow(new tf.ValueError('Argument `axis` = 2 not in range [-2, 2)'));
    expect(() => tf.stack([tf.ones([2]), tf.ones([3])])).toThrow(
      kernelError('Pack', 'Shapes of all inputs must match: values[0].shape = [2] != values[1].shape = [3]'),
    );
  });

  it('split checks the sizes, and unused parts give zero gradients', () => {
    const x = grid(2, 6);
    expect(tf.split(x, 3, 1).map((t) => t.shape)).toEqual([[2, 2], [2, 2], [2, 2]]);
    expect(x.split([1, 5], -1)[1]!.shape).toEqual([2, 5]);
    expect(() => tf.split(x, 4, 1)).toThrow(
      kernelError(
        'Split',
        'Number of ways to split should evenly divide the split dimension, but got split_dim 1 (size = 6) and num_split 4',
        'Split_num_split_4',
      ),
    );
    expect(() => tf.split(x, 2, 2)).toThrow(kernelError('Split', '-input rank(-2) <= split_dim < input rank (2), but got 2', 'Split_num_split_2'));
    expect(() => tf.split(x, [1, 2], 1)).toThrow(
      kernelError(
        'SplitV',
        'Determined shape must either match input shape along split_dim exactly if fully specified, or be less than the size of the ' +
          'input along split_dim if not fully specified.  Got: 3',
        'SplitV_num_split_2',
      ),
    );
    expect(() => tf.split(x, [-1, -1], 1)).toThrow('There can only be one -1 in the input.');
    expect(grad((t) => tf.split(t, [2, 4], 1)[0] as tf.Tensor, x)!.numpy()).toEqual([
      [1, 1, 0, 0, 0, 0],
      [1, 1, 0, 0, 0, 0],
    ]);
  });

  it('unstack drops the axis, with a gradient for each part', () => {
    const x = grid(2, 3);
    expect(tf.unstack(x, -1).map((t) => t.numpy())).toEqual([[0, 3], [1, 4], [2, 5]]);
    expect(tf.unstack(tf.zeros([0, 2]))).toEqual([]);
    expect(() => tf.unstack(x, 2)).toThrow(new tf.ValueError('Argument `axis` = 2 not in range [-2, 2)'));
    const parts = (t: tf.Tensor) => {
      const [p, q] = tf.unstack(t);
      return tf.multiply(p as tf.Tensor, q as tf.Tensor);
    };
    expect(grad(parts, x)!.numpy()).toEqual([[3, 4, 5], [0, 1, 2]]);
  });
});

describe('slice and stridedSlice', () => {
  it('slice checks begin and size as TF does', () => {
    const x = grid(2, 3);
    expect(x.slice([1, 1], [1, -1]).numpy()).toEqual([[4, 5]]);
    expect(() => tf.slice(x, [0], [1, 1])).toThrow(
      kernelError('Slice', 'Expected begin and size arguments to be 1-D tensors of size 2, but got shapes [1] and [2] instead.'),
    );
    expect(() => tf.slice(x, [3, 0], [1, 1])).toThrow(kernelError('Slice', 'Expected begin[0] in [0, 2], but got 3'));
    expect(() => tf.slice(x, [0, 1], [1, 3])).toThrow(kernelError('Slice', 'Expected size[1] in [0, 2], but got 3'));
  });

  it('stridedSlice follows Python indexing, masks included', () => {
    const x = grid(3, 4);
    // x[::-1, 1::2]
    expect(tf.stridedSlice(x, [0, 1], [0, 0], [-1, 2], { beginMask: 1, endMask: 3 }).numpy()).toEqual([[9, 11], [5, 7], [1, 3]]);
    // x[-1], x[..., 0], x[:, None]
    expect(tf.stridedSlice(x, [-1], [0], [1], { shrinkAxisMask: 1 }).numpy()).toEqual([8, 9, 10, 11]);
    expect(x.stridedSlice([0, 0], [0, 1], [1, 1], { ellipsisMask: 1, shrinkAxisMask: 2 }).numpy()).toEqual([0, 4, 8]);
    expect(tf.stridedSlice(x, [0, 0], [0, 0], [1, 1], { beginMask: 1, endMask: 1, newAxisMask: 2 }).shape).toEqual([3, 1, 4]);
    expect(tf.stridedSlice(x, [2], [1], [1]).shape).toEqual([0, 4]);
  });

  it('stridedSlice raises TF errors', () => {
    const x = grid(3, 4);
    expect(() => tf.stridedSlice(x, [0], [1, 2])).toThrow(
      kernelError('StridedSlice', 'Expected begin, end, and strides to be 1D equal size tensors, but got shapes [1], [2], and [1] instead.'),
    );
    expect(() => tf.stridedSlice(x, [0, 0], [1, 1], [1, 1], { ellipsisMask: 3 })).toThrow(
      kernelError('StridedSlice', 'Multiple ellipses in slice spec not allowed'),
    );
    expect(() => tf.stridedSlice(x, [0, 0, 0], [1, 1, 1])).toThrow(kernelError('StridedSlice', 'Index out of range using input dim 2; input has only 2 dims'));
    expect(() => tf.stridedSlice(x, [0], [1], [0])).toThrow(kernelError('StridedSlice', 'strides[0] must be non-zero'));
    expect(() => tf.stridedSlice(x, [5], [6], [1], { shrinkAxisMask: 1 })).toThrow(kernelError('StridedSlice', 'slice index 5 of dimension 0 out of bounds.'));
  });

  it('stridedSlice gradients put dy back where it was read, to any order', () => {
    const x = grid(5, 7);
    // x[4:0:-3, 1::3]
    const f = (t: tf.Tensor) => tf.stridedSlice(t, [4, 1], [0, 0], [-3, 3], { endMask: 2 });
    expect(f(x).numpy()).toEqual([[29, 32], [8, 11]]);
    expect(grad(f, x, { weights: tf.reshape(tf.range(1, 5), [2, 2]) })!.numpy()).toEqual([
      [0, 0, 0, 0, 0, 0, 0],
      [0, 3, 0, 0, 4, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
      [0, 1, 0, 0, 2, 0, 0],
    ]);
    // x[:, 2::-2][None]
    const g = (t: tf.Tensor) => tf.square(tf.stridedSlice(t, [0, 0, 2], [0, 0, 0], [1, 1, -2], { beginMask: 2, endMask: 6, newAxisMask: 1 }));
    expect(checkGradients(g, [normal([2, 4], 7)], { order: 2 }).map((r) => r.order)).toEqual([1, 2]);
  });
});

describe('gather, gatherNd, scatterNd, unsortedSegmentSum', () => {
  it('gather takes plain JS indices as int32 and refuses float ones', () => {
    const x = grid(3, 2);
    expect(x.gather([2, 0]).numpy()).toEqual([[4, 5], [0, 1]]);
    expect(tf.gather(x, 1).numpy()).toEqual([2, 3]);
    expect(() => tf.gather(x, tf.constant([1]))).toThrow(
      "Value for attr 'Tindices' of float is not in the list of allowed values: int16, int32, int64 [Op:GatherV2] name: ",
    );
    expect(() => tf.gather(x, [1.5])).toThrow(new TypeError('Cannot convert 1.5 to EagerTensor of dtype int32'));
  });

  it('gather raises TF errors for bad indices, axes and batch dims', () => {
    const x = grid(3, 2);
    expect(() => tf.gather(x, [[0, 3]])).toThrow(kernelError('GatherV2', 'indices[0,1] = 3 is not in [0, 3)'));
    expect(() => tf.gather(x, -4)).toThrow(kernelError('GatherV2', 'indices = -4 is not in [0, 3)'));
    expect(() => tf.gather(x, [0], 2)).toThrow(kernelError('GatherV2', 'Expected axis in the range [-2, 2), but got 2'));
    expect(() => tf.gather(tf.constant(1), [0])).toThrow(kernelError('GatherV2', 'params must be at least 1 dimensional'));
    expect(() => tf.gather(x, [[0]], 1, 2)).toThrow(kernelError('GatherV2', 'batch_dims (2) must be less than rank(params) (2).'));
    expect(() => tf.gather(x, [[0], [1]], 1, 1)).toThrow(kernelError('GatherV2', 'params.shape[0]: 3 should be equal to indices.shape[0]: 2'));
  });

  it("gather's gradient is dense: repeated rows add up (T75)", () => {
    const v = new tf.Variable([[1, 2], [3, 4], [5, 6]]);
    const tape = new tf.GradientTape();
    const y = tape.record(() => tf.reduceSum(tf.gather(v, [0, 2, 0])));
    expect(str(tape.gradient(y, v))).toBe('tf.Tensor(\n[[2. 2.]\n [0. 0.]\n [1. 1.]], shape=(3, 2), dtype=float32)');
  });

  it('gatherNd and scatterNd raise TF errors', () => {
    const x = grid(3, 2);
    expect(tf.gatherNd(x, [[2, 1]]).numpy()).toEqual([5]);
    expect(() => tf.gatherNd(x, [[3, 0]])).toThrow(
      kernelError('GatherNd', 'indices[0] = [3, 0] does not index into param shape [3,2], node name: GatherNd'),
    );
    expect(() => tf.gatherNd(x, [[0, 0, 0]])).toThrow(
      kernelError('GatherNd', 'index innermost dimension length must be <= params rank; saw: 3 vs. 2'),
    );
    expect(() => tf.scatterNd([[4]], tf.ones([1]), [4])).toThrow(kernelError('ScatterNd', 'indices[0] = [4] does not index into shape [4]'));
    expect(() => tf.scatterNd([[1]], tf.ones([2]), [4])).toThrow(
      kernelError('ScatterNd', 'Dimensions [0,1) of indices[shape=[1,1]] must match dimensions [0,1) of updates[shape=[2]]'),
    );
    expect(() => tf.scatterNd([[1]], tf.ones([1, 3]), [4, 2])).toThrow(
      kernelError('ScatterNd', 'Dimensions [1,2) of input[shape=[4,2]] must match dimensions [1,2) of updates[shape=[1,3]]'),
    );
  });

  it('unsortedSegmentSum checks ids, and dropped slices get no gradient', () => {
    const d = f64([[1, 2], [3, 4], [5, 6]]);
    expect(d.unsortedSegmentSum([0, 0, 1], 2).numpy()).toEqual([[4, 6], [5, 6]]);
    expect(() => tf.unsortedSegmentSum(d, [0, 2, 0], 2)).toThrow(kernelError('UnsortedSegmentSum', 'segment_ids[1] = 2 is out of range [0, 2)'));
    expect(() => tf.unsortedSegmentSum(d, [0, 1], 2)).toThrow(
      kernelError('UnsortedSegmentSum', 'data.shape = [3,2] does not start with segment_ids.shape = [2]'),
    );
    expect(grad((t) => tf.unsortedSegmentSum(t, [1, -1, 0], 2), d, { weights: f64([[1, 2], [3, 4]]) })!.numpy()).toEqual([[3, 4], [0, 0], [1, 2]]);
  });

  it('gather differentiates twice', () => {
    const f = (p: tf.Tensor) => tf.square(tf.gather(p, [[1, 0], [1, 1]], 1));
    expect(checkGradients(f, [normal([2, 3], 5)], { order: 2 }).map((r) => r.order)).toEqual([1, 2]);
  });
});

describe('pad, tile, reverse, oneHot', () => {
  it('pad raises TF errors', () => {
    const x = tf.ones([2, 3]);
    expect(() => tf.pad(x, [[0, 0], [0, 0]], 'WRAP')).toThrow(
      new tf.ValueError('Value of argument `mode` expected to be one of "CONSTANT", "REFLECT", or "SYMMETRIC". Received `mode` = WRAP'),
    );
    expect(() => tf.pad(x, [[0, 0]])).toThrow(kernelError('Pad', 'The first dimension of paddings must be the rank of inputs[1,2] [2,3]'));
    expect(() => tf.pad(x, [[0], [0]])).toThrow(kernelError('Pad', 'paddings must be a matrix with 2 columns: [2,1]'));
    expect(() => tf.pad(x, [[0, -1], [0, 0]], 'CONSTANT', 2)).toThrow(kernelError('PadV2', 'Paddings must be non-negative: 0 -1'));
    expect(() => tf.pad(x, [[0, 0], [3, 0]], 'REFLECT')).toThrow(
      kernelError('MirrorPad', 'paddings must be less than the dimension size: 3, 0 not less than 3'),
    );
    expect(() => tf.pad(x, [[0, 0], [4, 0]], 'SYMMETRIC')).toThrow(
      kernelError('MirrorPad', 'paddings must be no greater than the dimension size: 4, 0 greater than 3'),
    );
  });

  it('mirror pads differentiate to any order', () => {
    for (const mode of ['REFLECT', 'SYMMETRIC']) {
      const f = (x: tf.Tensor) => tf.square(tf.pad(x, [[1, 2], [2, 1]], mode));
      expect(checkGradients(f, [normal([3, 3], 6)], { order: 2 }).map((r) => r.order)).toEqual([1, 2]);
    }
    expect(grad((x) => tf.pad(x, [[2, 2]], 'REFLECT'), tf.ones([3]))!.numpy()).toEqual([2, 3, 2]);
  });

  it('tile and reverse raise TF errors and are methods', () => {
    const x = grid(2, 2);
    expect(x.tile([1, 2]).shape).toEqual([2, 4]);
    expect(x.reverse([1]).numpy()).toEqual([[1, 0], [3, 2]]);
    expect(x.pad([[0, 1], [0, 0]]).shape).toEqual([3, 2]);
    expect(() => tf.tile(x, [2])).toThrow(kernelError('Tile', 'Expected multiples argument to be a vector of length 2 but got length 1'));
    expect(() => tf.tile(x, [1, -1])).toThrow(kernelError('Tile', 'Expected multiples[1] >= 0, but got -1'));
    expect(() => tf.reverse(x, [2])).toThrow(kernelError('ReverseV2', "'axis'[0] = 2 is out of valid range [0, 1"));
    expect(() => tf.reverse(x, [1, -1])).toThrow(kernelError('ReverseV2', 'axis 1 specified more than once.'));
    expect(grad((t) => tf.tile(t, [3, 1]), x, { weights: tf.ones([6, 2]) })!.numpy()).toEqual([[3, 3], [3, 3]]);
  });

  it('oneHot takes its dtype from the on value and checks its arguments', () => {
    expect(str(tf.oneHot([1], 2, true, false))).toBe('tf.Tensor([[False  True]], shape=(1, 2), dtype=bool)');
    expect(str(tf.oneHot([1], 2, undefined, undefined, -1, 'float64'))).toBe('tf.Tensor([[0. 1.]], shape=(1, 2), dtype=float64)');
    expect(tf.oneHot([[0, 1]], 2, 1, 0, 1).shape).toEqual([1, 2, 2]);
    expect(() => tf.oneHot([0], -1)).toThrow(kernelError('OneHot', 'depth must be non-negative, got: -1'));
    expect(() => tf.oneHot([0], 2, 1, 0, 2)).toThrow(kernelError('OneHot', 'Expected axis to be -1 or between [0, 2).  But received: 2'));
    expect(() => tf.oneHot(tf.constant([0]), 2)).toThrow("Value for attr 'TI' of float is not in the list of allowed values: uint8, int8, int32, int64");
    const tape = new tf.GradientTape();
    const x = tf.constant([1]);
    const y = tape.record(() => {
      tape.watch(x);
      return tf.multiply(x, tf.oneHot([0], 1));
    });
    expect(tape.gradient(y, x)!.numpy()).toEqual([1]);
  });
});

describe('forward mode through shape ops', () => {
  it('Jacobian-vector products match reverse mode, multi-output split included', () => {
    const x = normal([3, 4], 8);
    const v = normal([3, 4], 9);
    const f = (t: tf.Tensor) => {
      const [p, , q] = tf.split(t, [1, 2, 1], 1);
      const g = tf.gather(tf.stridedSlice(t, [2, 0], [0, 4], [-1, 2]), [1, 0, 1], 1);
      return tf.reduceSum(tf.matmul(tf.multiply(p as tf.Tensor, q as tf.Tensor), tf.reduceSum(g, 0, true)));
    };
    const acc = new tf.ForwardAccumulator(x, v);
    const y = acc.record(() => f(x));
    const expected = tf.reduceSum(tf.multiply(grad(f, x)!, v));
    expect(acc.jvp(y)!.numpy() as number).toBeCloseTo(expected.numpy() as number, 10);
  });
});
