import * as tf from '@tensortape/core';
import type { CaseGroup } from '../case-group';
import { f64, normal } from '../inputs';

const i32 = (values: tf.TensorLike) => tf.constant(values, { dtype: 'int32' });

/** Matrix products and the linear-algebra composites built on them. */
export const linalg: CaseGroup = {
  gradients: [
    {
      // Both transposes, a broadcast batch dimension, and a used twice (a nonzero Hessian).
      kernel: tf.BatchMatMul,
      f: (a, b) => tf.matmul(a, tf.matmul(a, b, { transposeB: true }), { transposeA: true }),
      inputs: () => [normal([2, 3, 2], 80), normal([4, 2], 81)],
    },
  ],
  values: [
    {
      name: 'matmul int32',
      run: () => tf.matmul(i32([[1, 2], [3, 4]]), i32([[5, 6], [7, 8]])),
      expected: 'tf.Tensor(\n[[19 22]\n [43 50]], shape=(2, 2), dtype=int32)',
    },
    {
      name: 'matmul float64 with both transposes',
      run: () => tf.matmul(f64([[1, 2], [3, 4], [5, 6]]), f64([[1, 0, -1], [0.5, 0, 2]]), { transposeA: true, transposeB: true }),
      expected: 'tf.Tensor(\n[[-4.  10.5]\n [-4.  13. ]], shape=(2, 2), dtype=float64)',
    },
    {
      name: 'matmul float32 broadcasts batch dimensions',
      run: () => tf.matmul(tf.reshape(tf.range(8), [2, 1, 2, 2]), tf.constant([[[1, 0], [0, 1]], [[0, 1], [1, 0]]])),
      expected:
        'tf.Tensor(\n[[[[0. 1.]\n   [2. 3.]]\n\n  [[1. 0.]\n   [3. 2.]]]\n\n\n [[[4. 5.]\n   [6. 7.]]\n\n  [[5. 4.]\n   [7. 6.]]]], shape=(2, 2, 2, 2), dtype=float32)',
    },
    {
      name: 'matmul: 0 * inf is nan',
      run: () => tf.matmul(tf.constant([[Infinity, 1]]), tf.constant([[0], [1]])),
      expected: 'tf.Tensor([[nan]], shape=(1, 1), dtype=float32)',
    },
    {
      name: 'matmul over an empty inner dimension gives zeros',
      run: () => tf.matmul(tf.zeros([2, 0]), tf.zeros([0, 3])),
      expected: 'tf.Tensor(\n[[0. 0. 0.]\n [0. 0. 0.]], shape=(2, 3), dtype=float32)',
    },
    {
      name: 'matmul int32 wraps on overflow',
      run: () => tf.matmul(i32([[65536, 65536]]), i32([[32768], [32768]])),
      expected: 'tf.Tensor([[0]], shape=(1, 1), dtype=int32)',
    },
    {
      name: 'tensordot with axis pairs',
      run: () => tf.tensordot(tf.reshape(tf.range(6n), [2, 3]), tf.reshape(tf.range(6n), [3, 2]), [[0], [1]]),
      expected: 'tf.Tensor(\n[[ 3  9 15]\n [ 4 14 24]\n [ 5 19 33]], shape=(3, 3), dtype=int32)',
    },
    {
      name: 'einsum batched matmul',
      run: () => tf.einsum('bij,bjk->bik', f64([[[1, 2]], [[3, 4]]]), f64([[[1], [1]], [[2], [-1]]])),
      expected: 'tf.Tensor(\n[[[3.]]\n\n [[2.]]], shape=(2, 1, 1), dtype=float64)',
    },
    {
      name: 'einsum trace and outer product',
      run: () => tf.stack([tf.einsum('ii', tf.constant([[1, 2], [3, 4]])), tf.reduceSum(tf.einsum('i,j->ij', tf.constant([1, 2]), tf.constant([3, 4])))]),
      expected: 'tf.Tensor([ 5. 21.], shape=(2,), dtype=float32)',
    },
    {
      name: 'norm orders of a vector',
      run: () => tf.stack([2, 1, Infinity, 3].map((ord) => tf.norm(tf.constant([3, -4]), ord))),
      expected: 'tf.Tensor([5.        7.        4.        4.4979415], shape=(4,), dtype=float32)',
    },
    {
      name: 'norm of matrices over two axes, keepdims',
      run: () => tf.norm(f64([[1, -2], [3, 4]]), 1, [0, 1], true),
      expected: 'tf.Tensor([[6.]], shape=(1, 1), dtype=float64)',
    },
    {
      name: 'trace of a batch of non-square matrices',
      run: () => tf.trace(tf.reshape(tf.range(12n), [2, 2, 3])),
      expected: 'tf.Tensor([ 4 16], shape=(2,), dtype=int32)',
    },
    {
      name: 'diag keeps inf without nans',
      run: () => tf.diag(tf.constant([Infinity, -0, 2])),
      expected: 'tf.Tensor(\n[[inf  0.  0.]\n [ 0. -0.  0.]\n [ 0.  0.  2.]], shape=(3, 3), dtype=float32)',
    },
    {
      name: 'eye non-square int32 with a batch',
      run: () => tf.eye(2, 3, [2], 'int32'),
      expected: 'tf.Tensor(\n[[[1 0 0]\n  [0 1 0]]\n\n [[1 0 0]\n  [0 1 0]]], shape=(2, 2, 3), dtype=int32)',
    },
    {
      name: 'eye bool',
      run: () => tf.eye(2, undefined, undefined, 'bool'),
      expected: 'tf.Tensor(\n[[ True False]\n [False  True]], shape=(2, 2), dtype=bool)',
    },
    {
      name: 'linspace float32 ends exactly at stop',
      run: () => tf.linspace(0, 1, 4),
      expected: 'tf.Tensor([0.         0.33333334 0.6666667  1.        ], shape=(4,), dtype=float32)',
    },
    {
      name: 'linspace of int32 bounds is float64, along an axis',
      run: () => tf.linspace(tf.constant([0n, 10n]), tf.constant([2n, 40n]), 3, 1),
      expected: 'tf.Tensor(\n[[ 0.  1.  2.]\n [10. 25. 40.]], shape=(2, 3), dtype=float64)',
    },
  ],
  tfOps: {
    matmul: (x, y) => tf.matmul(x, y),
    matmul_transpose_a: (x, y) => tf.matmul(x, y, { transposeA: true }),
    matmul_batched: (x, y) => tf.matmul(x, y),
    tensordot: (x, y) => tf.tensordot(x, y, 1),
    einsum_ij_jk: (x, y) => tf.einsum('ij,jk->ik', x, y),
    norm: (x) => tf.norm(x),
    'linalg.trace': (x) => tf.trace(x),
    clip_by_norm: (x) => tf.clipByNorm(x, 0.5),
  },
};
