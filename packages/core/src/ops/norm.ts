import { ValueError } from '../errors';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { abs } from './abs';
import { multiply } from './multiply';
import { pow } from './pow';
import { reduceMax } from './reduce-max';
import { reduceSum } from './reduce-sum';
import { sqrt } from './sqrt';
import { squeeze } from './squeeze';

/** 'euclidean', 'fro' (matrices), 1, 2, Infinity or any positive p (vectors). */
export type NormOrder = 'euclidean' | 'fro' | number;

/**
 * The vector norm over `axis`, or the matrix norm over a pair of axes (TF `tf.norm`): all axes
 * (as one vector) by default. 'euclidean' (and 'fro', 2 for vectors) is sqrt(sum(x²)), as TF
 * computes it; 1 and Infinity sum or take the largest absolute values (column and row sums for
 * matrices); other p give (sum |x|^p)^(1/p). The spectral norm (2 over two axes) is not
 * supported.
 *
 * @example
 * tf.norm(tf.constant([3, 4]));                  // 5.0
 * tf.norm(tf.constant([[1, -2], [3, 4]]), 1, [0, 1]); // 6.0 (largest column sum)
 */
export function norm(x: Input, ord: NormOrder = 'euclidean', axis?: number | readonly number[], keepdims = false): Tensor {
  const t = convertToTensor(x);
  const isMatrix = Array.isArray(axis) && axis.length === 2;
  const axisText = Array.isArray(axis) ? `[${axis.join(', ')}]` : String(axis);
  const ordText = ord === Infinity ? 'inf' : String(ord);
  if (isMatrix) {
    const [a, b] = axis as readonly number[];
    if (!Number.isInteger(a) || !Number.isInteger(b) || a === b) {
      throw new ValueError(`'axis' must be None, an integer, or a tuple of 2 unique integers, got (${a}, ${b})`);
    }
    if (!['euclidean', 'fro', 1, 2, Infinity].includes(ord)) {
      throw new ValueError(`'ord' must be a supported matrix norm in ['euclidean', 'fro', 1, 2, inf], got ${ordText}`);
    }
    if (ord === 2) throw new ValueError('tensortape does not support the matrix 2-norm (it needs a singular value decomposition).');
  } else {
    if (axis !== undefined && !Number.isInteger(axis)) {
      throw new ValueError(`'axis' must be None, an integer, or a tuple of 2 unique integers, got ${axisText}`);
    }
    if (typeof ord !== 'number' || !(ord > 0)) {
      if (ord !== 'euclidean') throw new ValueError(`'ord' must be a supported vector norm, got ${ordText}`);
    }
  }
  const axes = axis as number | [number, number] | undefined;
  let result: Tensor;
  if (ord === 'euclidean' || ord === 'fro' || ord === 2) {
    result = sqrt(reduceSum(multiply(t, t), axes, true));
  } else if (ord === 1) {
    result = isMatrix
      ? reduceMax(reduceSum(abs(t), (axes as number[])[0], true), (axes as number[])[1], true)
      : reduceSum(abs(t), axes, true);
  } else if (ord === Infinity) {
    result = isMatrix
      ? reduceMax(reduceSum(abs(t), (axes as number[])[1], true), (axes as number[])[0], true)
      : reduceMax(abs(t), axes, true);
  } else {
    result = pow(reduceSum(pow(abs(t), ord), axes, true), 1 / ord);
  }
  return keepdims ? result : squeeze(result, axes);
}
