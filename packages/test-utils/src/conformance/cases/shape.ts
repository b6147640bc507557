import * as tf from '@tensortape/core';
import type { CaseGroup } from '../case-group';
import { f64, normal } from '../inputs';

const i32 = (values: tf.TensorLike) => tf.constant(values, { dtype: 'int32' });
const grid = (shape: number[]) => tf.reshape(tf.range(BigInt(shape.reduce((a, b) => a * b, 1))), shape);

/** Shape and indexing: transposes, joins and splits, slices, gathers and scatters, padding. */
export const shape: CaseGroup = {
  gradients: [
    { kernel: tf.Transpose, f: (x) => tf.square(tf.transpose(x, [2, 0, 1])), inputs: () => [normal([2, 3, 4], 90)] },
    { kernel: tf.Concat, f: (a, b) => tf.square(tf.concat([a, b, a], 1)), inputs: () => [normal([2, 1], 91), normal([2, 3], 92)] },
    {
      // The last part is unused, so its gradient arrives as zeros.
      kernel: tf.SplitV,
      f: (x) => {
        const [p, q] = tf.split(x, [1, -1, 1], 1);
        return tf.multiply(p as tf.Tensor, q as tf.Tensor);
      },
      inputs: () => [normal([2, 4], 93)],
    },
    { kernel: tf.Slice, f: (x) => tf.square(tf.slice(x, [1, 0], [1, 2])), inputs: () => [normal([3, 3], 94)] },
    {
      kernel: tf.StridedSlice,
      f: (x) => tf.square(tf.stridedSlice(x, [0, -1], [3, 0], [2, -2])),
      inputs: () => [normal([4, 5], 95)],
    },
    { kernel: tf.Pad, f: (x) => tf.square(tf.pad(x, [[1, 0], [0, 2]], 'CONSTANT', 3)), inputs: () => [normal([2, 2], 96)] },
    { kernel: tf.Tile, f: (x) => tf.square(tf.tile(x, [2, 1, 3])), inputs: () => [normal([1, 2, 2], 97)] },
    { kernel: tf.Reverse, f: (x) => tf.square(tf.reverse(x, [0, -1])), inputs: () => [normal([2, 2, 3], 98)] },
    {
      // Repeated indices accumulate; the batched gather moves its index axis past a batch axis.
      kernel: tf.Gather,
      f: (p) => tf.multiply(tf.gather(p, [[2, 0], [2, 1]], 1), tf.gather(p, [[2, 0], [1, 1]], 1, 1)),
      inputs: () => [normal([2, 3, 2], 99)],
    },
    { kernel: tf.GatherNd, f: (p) => tf.square(tf.gatherNd(p, [[1, 0], [0, 2], [1, 0]])), inputs: () => [normal([2, 3, 2], 100)] },
    { kernel: tf.ScatterNd, f: (u) => tf.square(tf.scatterNd([[1], [3], [1]], u, [4, 2])), inputs: () => [normal([3, 2], 101)] },
    {
      kernel: tf.UnsortedSegmentSum,
      f: (d) => tf.square(tf.unsortedSegmentSum(d, [2, -1, 0, 2], 3)),
      inputs: () => [normal([4, 2], 102)],
    },
  ],
  values: [
    {
      name: 'transpose int32 reverses the axes by default',
      run: () => tf.transpose(grid([2, 3])),
      expected: 'tf.Tensor(\n[[0 3]\n [1 4]\n [2 5]], shape=(3, 2), dtype=int32)',
    },
    {
      name: 'transpose bool with a permutation',
      run: () => tf.transpose(tf.constant([[[true, false]], [[false, true]]]), [1, 0, 2]),
      expected: 'tf.Tensor(\n[[[ True False]\n  [False  True]]], shape=(1, 2, 2), dtype=bool)',
    },
    {
      name: 'expandDims then squeeze float64',
      run: () => tf.squeeze(tf.expandDims(f64([[1.5, -0]]), -1), 0),
      expected: 'tf.Tensor(\n[[ 1.5]\n [-0. ]], shape=(2, 1), dtype=float64)',
    },
    {
      name: 'concat float32 along the last axis',
      run: () => tf.concat([tf.constant([[1], [2]]), tf.constant([[3, 4], [5, 6]])], -1),
      expected: 'tf.Tensor(\n[[1. 3. 4.]\n [2. 5. 6.]], shape=(2, 3), dtype=float32)',
    },
    {
      name: 'concat int32 with an empty part',
      run: () => tf.concat([tf.zeros([2, 0], 'int32'), i32([[7], [8]])], 1),
      expected: 'tf.Tensor(\n[[7]\n [8]], shape=(2, 1), dtype=int32)',
    },
    {
      name: 'stack bool along a new last axis',
      run: () => tf.stack([tf.constant([true, false]), tf.constant([false, false])], -1),
      expected: 'tf.Tensor(\n[[ True False]\n [False False]], shape=(2, 2), dtype=bool)',
    },
    {
      name: 'unstack float64 along axis 1',
      run: () => tf.unstack(f64([[1, 2], [3, 4]]), 1)[1] as tf.Tensor,
      expected: 'tf.Tensor([2. 4.], shape=(2,), dtype=float64)',
    },
    {
      name: 'split with a -1 size',
      run: () => tf.split(tf.range(6), [1, -1, 2])[1] as tf.Tensor,
      expected: 'tf.Tensor([1. 2. 3.], shape=(3,), dtype=float32)',
    },
    {
      name: 'slice float64 with a -1 size',
      run: () => tf.slice(f64([[1, 2, 3], [4, 5, 6]]), [0, 1], [-1, 1]),
      expected: 'tf.Tensor(\n[[2.]\n [5.]], shape=(2, 1), dtype=float64)',
    },
    {
      name: 'stridedSlice x[1, ..., ::-2]',
      run: () => tf.stridedSlice(grid([2, 3, 4]), [1, 0, 0], [2, 0, 0], [1, 1, -2], { ellipsisMask: 2, shrinkAxisMask: 1, beginMask: 4, endMask: 4 }),
      expected: 'tf.Tensor(\n[[15 13]\n [19 17]\n [23 21]], shape=(3, 2), dtype=int32)',
    },
    {
      name: 'stridedSlice x[None, :, 0]',
      run: () => tf.stridedSlice(tf.constant([[1, 2], [3, 4]]), [0, 0, 0], [0, 0, 1], [1, 1, 1], { newAxisMask: 1, beginMask: 2, endMask: 2, shrinkAxisMask: 4 }),
      expected: 'tf.Tensor([[1. 3.]], shape=(1, 2), dtype=float32)',
    },
    {
      name: 'stridedSlice clamps bounds',
      run: () => tf.stridedSlice(tf.range(5n), [-10], [10], [2]),
      expected: 'tf.Tensor([0 2 4], shape=(3,), dtype=int32)',
    },
    {
      name: 'gather int32 along axis 1',
      run: () => tf.gather(grid([2, 3]), [2, 2, 0], 1),
      expected: 'tf.Tensor(\n[[2 2 0]\n [5 5 3]], shape=(2, 3), dtype=int32)',
    },
    {
      name: 'gather with batch dims',
      run: () => tf.gather(tf.constant([[1, 2, 3], [4, 5, 6]]), [[2, 0], [1, 1]], undefined, 1),
      expected: 'tf.Tensor(\n[[3. 1.]\n [5. 5.]], shape=(2, 2), dtype=float32)',
    },
    {
      name: 'gatherNd bool slices',
      run: () => tf.gatherNd(tf.constant([[true, false], [false, true]]), [[1], [0]]),
      expected: 'tf.Tensor(\n[[False  True]\n [ True False]], shape=(2, 2), dtype=bool)',
    },
    {
      name: 'scatterNd int32 adds duplicates',
      run: () => tf.scatterNd([[1], [3], [1]], i32([5, 6, 7]), [4]),
      expected: 'tf.Tensor([ 0 12  0  6], shape=(4,), dtype=int32)',
    },
    {
      name: 'scatterNd float64 rows',
      run: () => tf.scatterNd([[0, 1]], f64([-0.5]), [2, 2]),
      expected: 'tf.Tensor(\n[[ 0.  -0.5]\n [ 0.   0. ]], shape=(2, 2), dtype=float64)',
    },
    {
      name: 'unsortedSegmentSum drops negative ids',
      run: () => tf.unsortedSegmentSum(f64([[1, 2], [3, 4], [5, 6]]), [1, -1, 1], 3),
      expected: 'tf.Tensor(\n[[0. 0.]\n [6. 8.]\n [0. 0.]], shape=(3, 2), dtype=float64)',
    },
    {
      name: 'pad float32 with a constant',
      run: () => tf.pad(tf.constant([[1, 2]]), [[1, 0], [0, 1]], 'CONSTANT', -1),
      expected: 'tf.Tensor(\n[[-1. -1. -1.]\n [ 1.  2. -1.]], shape=(2, 3), dtype=float32)',
    },
    {
      name: 'pad int32 REFLECT',
      run: () => tf.pad(grid([2, 3]), [[1, 1], [2, 1]], 'REFLECT'),
      expected: 'tf.Tensor(\n[[5 4 3 4 5 4]\n [2 1 0 1 2 1]\n [5 4 3 4 5 4]\n [2 1 0 1 2 1]], shape=(4, 6), dtype=int32)',
    },
    {
      name: 'pad float64 SYMMETRIC',
      run: () => tf.pad(f64([1, 2, 3]), [[2, 3]], 'symmetric'),
      expected: 'tf.Tensor([2. 1. 1. 2. 3. 3. 2. 1.], shape=(8,), dtype=float64)',
    },
    {
      name: 'pad bool',
      run: () => tf.pad(tf.constant([true]), [[1, 1]]),
      expected: 'tf.Tensor([False  True False], shape=(3,), dtype=bool)',
    },
    {
      name: 'tile bool',
      run: () => tf.tile(tf.constant([[true, false]]), [2, 2]),
      expected: 'tf.Tensor(\n[[ True False  True False]\n [ True False  True False]], shape=(2, 4), dtype=bool)',
    },
    {
      name: 'tile zero times',
      run: () => tf.tile(tf.constant([1, 2]), [0]),
      expected: 'tf.Tensor([], shape=(0,), dtype=float32)',
    },
    {
      name: 'reverse int32 along two axes',
      run: () => tf.reverse(grid([2, 3]), [0, -1]),
      expected: 'tf.Tensor(\n[[5 4 3]\n [2 1 0]], shape=(2, 3), dtype=int32)',
    },
    {
      name: 'reverse float32 keeps nan and -0',
      run: () => tf.reverse(tf.constant([NaN, -0, Infinity]), [0]),
      expected: 'tf.Tensor([inf -0. nan], shape=(3,), dtype=float32)',
    },
    {
      name: 'oneHot float32: out-of-range indices give zeros',
      run: () => tf.oneHot([0, 2, 3, -1], 3),
      expected: 'tf.Tensor(\n[[1. 0. 0.]\n [0. 0. 1.]\n [0. 0. 0.]\n [0. 0. 0.]], shape=(4, 3), dtype=float32)',
    },
    {
      name: 'oneHot int32 along axis 0',
      run: () => tf.oneHot([1, 0], 3, 5n, -1n, 0),
      expected: 'tf.Tensor(\n[[-1  5]\n [ 5 -1]\n [-1 -1]], shape=(3, 2), dtype=int32)',
    },
  ],
  errors: [
    {
      name: 'gather index out of range',
      run: () => tf.gather(tf.zeros([3, 2]), [[0, 3]]),
      message: '{{function_node __wrapped__GatherV2_device_/job:localhost/replica:0/task:0/device:CPU:0}} indices[0,1] = 3 is not in [0, 3) [Op:GatherV2] name: ',
    },
    {
      name: 'gatherNd index out of range',
      run: () => tf.gatherNd(tf.zeros([3, 2]), [[3, 0]]),
      message: '{{function_node __wrapped__GatherNd_device_/job:localhost/replica:0/task:0/device:CPU:0}} indices[0] = [3, 0] does not index into param shape [3,2], node name: GatherNd [Op:GatherNd] name: ',
    },
    {
      name: 'scatterNd index out of range',
      run: () => tf.scatterNd([[4]], tf.ones([1]), [4]),
      message: '{{function_node __wrapped__ScatterNd_device_/job:localhost/replica:0/task:0/device:CPU:0}} indices[0] = [4] does not index into shape [4] [Op:ScatterNd] name: ',
    },
    {
      name: 'unsortedSegmentSum id out of range',
      run: () => tf.unsortedSegmentSum(tf.ones([3, 2]), [0, 2, 0], 2),
      message: '{{function_node __wrapped__UnsortedSegmentSum_device_/job:localhost/replica:0/task:0/device:CPU:0}} segment_ids[1] = 2 is out of range [0, 2) [Op:UnsortedSegmentSum] name: ',
    },
  ],
  tfOps: {
    transpose: (x) => tf.transpose(x),
    concat: (x, y) => tf.concat([x, y], 0),
    stack: (x, y) => tf.stack([x, y], 1),
    slice: (x) => tf.slice(x, [1, 0], [2, 2]),
    gather: (x) => tf.gather(x, [1, 1, 0]),
    pad: (x) => tf.pad(x, [[0, 1], [2, 0]]),
    tile: (x) => tf.tile(x, [1, 2]),
    reverse: (x) => tf.reverse(x, [0]),
  },
};
