import { checkGradients, expectClose, normal } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import * as tf from '../index';
import { f64, grads, i32, kernelError, str } from './op-test-helpers';


/** The textbook triple loop, as a reference for the blocked kernel. */
function naiveMatmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, p) => s + x * b[p]![j]!, 0)));
}

describe('matmul', () => {
  it('multiplies and differentiates as in the spec (T57)', () => {
    const a = new tf.Variable([[1, 2], [3, 4]]);
    const b = new tf.Variable([[5, 6], [7, 8]]);
    const tape = new tf.GradientTape();
    const c = tape.record(() => tf.matmul(a, b));
    const [da, db] = tape.gradient(c, [a, b]);
    expect(str(c)).toBe('tf.Tensor(\n[[19. 22.]\n [43. 50.]], shape=(2, 2), dtype=float32)');
    expect(str(da)).toBe('tf.Tensor(\n[[11. 15.]\n [11. 15.]], shape=(2, 2), dtype=float32)');
    expect(str(db)).toBe('tf.Tensor(\n[[4. 4.]\n [6. 6.]], shape=(2, 2), dtype=float32)');
  });

  it('agrees with the triple loop across row tiles and column blocks, with transposes', () => {
    const a = normal([7, 5], 1);
    const b = normal([5, 300], 2);
    const expected = naiveMatmul(a.numpy() as number[][], b.numpy() as number[][]);
    expectClose(tf.matmul(a, b), f64(expected), { rtol: 1e-12, atol: 1e-12 });
    expectClose(tf.matmul(tf.transpose(a), tf.transpose(b), { transposeA: true, transposeB: true }), f64(expected), { rtol: 1e-12, atol: 1e-12 });
    expectClose(tf.matmul(tf.cast(a, 'float32'), tf.cast(b, 'float32')), tf.cast(f64(expected), 'float32'), { rtol: 1e-5, atol: 1e-5 });
  });

  it('broadcasts batch dimensions and sums them back in the gradient', () => {
    const a = tf.reshape(tf.range(12), [2, 2, 3]);
    const b = tf.ones([3, 2]);
    expect(tf.matmul(a, b).shape).toEqual([2, 2, 2]);
    expect(tf.matmul(tf.ones([3, 1, 2, 2]), tf.ones([4, 2, 5])).shape).toEqual([3, 4, 2, 5]);
    const [, db] = grads((x, y) => tf.matmul(x, y), a, b);
    // d sum(a_k b) / db = sum_k a_k^T 1
    expect(db!.numpy()).toEqual([[18, 18], [22, 22], [26, 26]]);
  });

  it('converts plain operands to the tensor dtype and is a method', () => {
    expect(str(tf.matmul(f64([[1, 2]]), [[3], [4]]))).toBe('tf.Tensor([[11.]], shape=(1, 1), dtype=float64)');
    expect(str(tf.matmul([[1n, 2n]], i32([[3], [4]])))).toBe('tf.Tensor([[11]], shape=(1, 1), dtype=int32)');
    expect(tf.constant([[1, 2]]).matmul(tf.constant([[3], [4]])).numpy()).toEqual([[11]]);
  });

  it('raises TF errors, naming MatMul for matrices and BatchMatMulV2 otherwise', () => {
    expect(() => tf.matmul(tf.ones([1, 4]), tf.ones([3, 3]))).toThrow(kernelError('MatMul', 'Matrix size-incompatible: In[0]: [1,4], In[1]: [3,3]'));
    expect(() => tf.matmul(tf.ones([7]), tf.ones([]))).toThrow(kernelError('MatMul', 'In[0] and In[1] has different ndims: [7] vs. []'));
    expect(() => tf.matmul(tf.ones([3]), tf.ones([3]))).toThrow(kernelError('MatMul', 'In[0] and In[1] ndims must be == 2: 1'));
    expect(() => tf.matmul(tf.ones([2, 2, 3]), tf.ones([2, 2, 3]))).toThrow(
      kernelError('BatchMatMulV2', 'Matrix size-incompatible: In[0]: [2,3], In[1]: [2,3]'),
    );
    expect(() => tf.matmul(tf.ones([2, 2, 3]), tf.ones([3]))).toThrow(kernelError('BatchMatMulV2', 'In[1] ndims must be >= 2: 1'));
    expect(() => tf.matmul(tf.ones([2, 2, 2]), tf.ones([3, 2, 2]))).toThrow(
      kernelError('BatchMatMulV2', 'In[0] and In[1] must have compatible batch dimensions: [2,2,2] vs. [3,2,2]'),
    );
    expect(() => tf.matmul(tf.ones([2, 2]), f64([[1], [2]]))).toThrow(
      'cannot compute MatMul as input #1(zero-based) was expected to be a float tensor but is a double tensor [Op:MatMul] name: ',
    );
    expect(() => tf.matmul(tf.constant([[true]]), tf.constant([[true]]))).toThrow(
      "Value for attr 'T' of bool is not in the list of allowed values: float, double, int32 [Op:MatMul] name: ",
    );
  });

  it('has second derivatives (the gradient is itself a matmul)', () => {
    const f = (a: tf.Tensor, b: tf.Tensor) => tf.square(tf.matmul(a, b, { transposeA: true }));
    expect(checkGradients(f, [normal([3, 2], 3), normal([3, 4], 4)], { order: 2 }).map((r) => r.order)).toEqual([1, 2]);
  });
});

describe('tensordot and einsum', () => {
  const a = tf.reshape(tf.range(6, undefined, undefined, 'float64'), [2, 3]);
  const b = tf.reshape(tf.range(12, undefined, undefined, 'float64'), [3, 4]);

  it('tensordot contracts the last axes of a with the first of b, or the given pairs', () => {
    expect(tf.tensordot(a, b, 1).numpy()).toEqual(tf.matmul(a, b).numpy());
    expect(str(tf.tensordot(a, a, [[0, 1], [0, 1]]))).toBe('tf.Tensor(55.0, shape=(), dtype=float64)');
    expect(tf.tensordot(a, b, 0).shape).toEqual([2, 3, 3, 4]);
    expect(tf.tensordot(a, b, [-1, 0]).numpy()).toEqual(tf.matmul(a, b).numpy());
    expect(a.tensordot(b, 1).shape).toEqual([2, 4]);
  });

  it('tensordot refuses bad axes with TF ValueErrors', () => {
    expect(() => tf.tensordot(a, b, -1)).toThrow(new tf.ValueError('`axes` must be at least 0. Received: -1.'));
    expect(() => tf.tensordot(a, b, 3)).toThrow('Received 3, vs tensor dimensions 2.');
    expect(() => tf.tensordot(a, b, [[0, 1], [0]])).toThrow(new tf.ValueError('Different number of contraction axes `a` and `b`, 2 != 1.'));
    expect(() => tf.tensordot(a, b, [[0], [0]])).toThrow(kernelError('MatMul', 'Matrix size-incompatible: In[0]: [3,2], In[1]: [3,4]'));
  });

  it('einsum computes the common forms', () => {
    const v = f64([1, 2, 3]);
    expect(tf.einsum('ij,jk->ik', a, b).numpy()).toEqual(tf.matmul(a, b).numpy());
    expect(tf.einsum('ij,jk', a, b).numpy()).toEqual(tf.matmul(a, b).numpy());
    expect(tf.einsum('ij->ji', a).numpy()).toEqual(tf.transpose(a).numpy());
    expect(tf.einsum('ij,j->i', a, v).numpy()).toEqual([8, 26]);
    expect(tf.einsum('i,i->', v, v).numpy()).toBe(14);
    expect(tf.einsum('bi,bi->b', a, a).numpy()).toEqual([5, 50]);
    expect(tf.einsum('ij->', a).numpy()).toBe(15);
    expect(tf.einsum('ii->i', tf.reshape(b, [2, 6]).slice([0, 0], [2, 2])).numpy()).toEqual([0, 7]);
    expect(tf.einsum('bij,bkj->bik', tf.ones([2, 3, 4]), tf.ones([2, 5, 4])).shape).toEqual([2, 3, 5]);
  });

  it('einsum differentiates like the matmul it is', () => {
    const [ga, gb] = grads((x, y) => tf.einsum('ij,jk->ik', x, y), a, b);
    const [ma, mb] = grads((x, y) => tf.matmul(x, y), a, b);
    expect(ga!.numpy()).toEqual(ma!.numpy());
    expect(gb!.numpy()).toEqual(mb!.numpy());
  });

  it('einsum refuses bad equations', () => {
    expect(() => tf.einsum('ij,jk->ik', a)).toThrow(kernelError('Einsum', 'Expected 2 inputs but got: 1'));
    expect(() => tf.einsum('ij,jk->ik', a, a)).toThrow(
      kernelError('Einsum', 'Expected dimension 3 at axis 0 of the input shaped [2,3] but got dimension 2'),
    );
    expect(() => tf.einsum('...ij->ij', a)).toThrow(tf.ValueError);
    expect(() => tf.einsum('ij->k', a)).toThrow('Output subscripts contain a label that does not appear in the inputs');
  });
});

describe('norm and clipByNorm', () => {
  it('computes vector and matrix norms over axes', () => {
    const m = tf.constant([[1, -2], [3, 4]]);
    expect(tf.norm(tf.constant([3, 4])).numpy()).toBe(5);
    expectClose(tf.norm(m, 'fro', [0, 1]), tf.constant(Math.sqrt(30)));
    expectClose(tf.norm(m, 'euclidean', 1), tf.constant([Math.sqrt(5), 5]));
    expect(tf.norm(m, 1, 0).numpy()).toEqual([4, 6]);
    expect(tf.norm(m, Infinity, [0, 1]).numpy()).toBe(7);
    expect(tf.norm(m, 1, [-1, -2]).numpy()).toBe(7);
    expect(tf.norm(m, 'euclidean', 1, true).shape).toEqual([2, 1]);
    expect(m.norm().shape).toEqual([]);
  });

  it('refuses unsupported orders and axes with TF ValueErrors', () => {
    const m = tf.ones([2, 2]);
    expect(() => tf.norm(m, 'fro')).toThrow(new tf.ValueError("'ord' must be a supported vector norm, got fro"));
    expect(() => tf.norm(m, 0)).toThrow(new tf.ValueError("'ord' must be a supported vector norm, got 0"));
    expect(() => tf.norm(m, 3, [0, 1])).toThrow(
      new tf.ValueError("'ord' must be a supported matrix norm in ['euclidean', 'fro', 1, 2, inf], got 3"),
    );
    expect(() => tf.norm(m, 1, [1, 1])).toThrow(
      new tf.ValueError("'axis' must be None, an integer, or a tuple of 2 unique integers, got (1, 1)"),
    );
    expect(() => tf.norm(m, 2, [0, 1])).toThrow(tf.ValueError);
  });

  it('the euclidean norm has a nan gradient at zero, as sqrt(sum(x²)) does in TF', () => {
    expect(str(grads((x) => tf.norm(x), tf.zeros([2]))[0]!)).toBe('tf.Tensor([nan nan], shape=(2,), dtype=float32)');
  });

  it('clipByNorm rescales only above the norm, per axes, with a zero gradient at zero', () => {
    expect(tf.clipByNorm(tf.constant([3, 4]), 1).numpy()).toEqual([0.6000000238418579, 0.800000011920929]);
    expect(tf.clipByNorm(tf.constant([3, 4]), 10).numpy()).toEqual([3, 4]);
    expect(tf.clipByNorm(f64([[3, 4], [0.3, 0.4]]), 1, 1).numpy()).toEqual([[0.6, 0.8], [0.3, 0.4]]);
    expect(str(grads((x) => tf.clipByNorm(x, 1), tf.zeros([2]))[0]!)).toBe('tf.Tensor([1. 1.], shape=(2,), dtype=float32)');
  });
});

describe('trace, diag, diagPart, eye, linspace', () => {
  it('trace and diagPart take the main diagonal of the last two axes', () => {
    expect(tf.diagPart(tf.reshape(tf.range(6), [2, 3])).numpy()).toEqual([0, 4]);
    expect(tf.diagPart(tf.reshape(tf.range(6), [3, 2])).numpy()).toEqual([0, 3]);
    expect(tf.trace(tf.zeros([2, 0, 3])).numpy()).toEqual([0, 0]);
    expect(() => tf.trace(tf.ones([3]))).toThrow(kernelError('MatrixDiagPartV3', 'input must be at least 2-dim, received shape: [3]'));
  });

  it('diag builds (batches of) diagonal matrices, with the matching gradient', () => {
    expect(tf.diag(tf.ones([2, 3])).shape).toEqual([2, 3, 3]);
    expect(tf.diag(tf.zeros([0])).shape).toEqual([0, 0]);
    expect(() => tf.diag(tf.constant(1))).toThrow(kernelError('MatrixDiagV3', 'diagonal must be at least 1-dim, received shape: []'));
    const [g] = grads((v) => tf.multiply(tf.diag(v), tf.reshape(tf.range(9), [3, 3])), tf.ones([3]));
    expect(g!.numpy()).toEqual([0, 4, 8]);
  });

  it('eye checks its sizes', () => {
    expect(str(tf.eye(1, 2))).toBe('tf.Tensor([[1. 0.]], shape=(1, 2), dtype=float32)');
    expect(tf.eye(0).shape).toEqual([0, 0]);
    expect(() => tf.eye(1.5)).toThrow(TypeError);
  });

  it('linspace handles 0 and 1 values and refuses a negative count', () => {
    expect(str(tf.linspace(1, 5, 1))).toBe('tf.Tensor([1.], shape=(1,), dtype=float32)');
    expect(tf.linspace(1, 5, 0).shape).toEqual([0]);
    expect(tf.linspace(f64([0, 5]), 10, 3).numpy()).toEqual([[0, 5], [5, 7.5], [10, 10]]);
    expect(() => tf.linspace(0, 1, -1)).toThrow(kernelError('LinSpace', 'Requires num > 0: -1'));
  });
});
