import { ValueError } from '../errors';
import { sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';
import { matmul } from './matmul';
import { reshape } from './reshape';
import { transpose } from './transpose';

/**
 * Sums products over the given axes of `a` and `b` (TF `tf.tensordot`): `axes = n` contracts the
 * last n axes of a with the first n of b; `axes = [axesA, axesB]` pairs them explicitly. A
 * composite of transpose, reshape and matmul.
 *
 * @example
 * tf.tensordot(tf.ones([2, 3]), tf.ones([3, 4]), 1).shape;        // [2, 4]
 * tf.tensordot(tf.ones([2, 3]), tf.ones([3, 2]), [[0, 1], [1, 0]]); // 6.0
 */
export function tensordot(a: Input, b: Input, axes: number | readonly [number | readonly number[], number | readonly number[]]): Tensor {
  const x = isTensorOrVariable(a) || !isTensorOrVariable(b) ? convertToTensor(a) : convertToTensor(a, convertToTensor(b).dtype);
  const y = isTensorOrVariable(b) ? convertToTensor(b) : convertToTensor(b, x.dtype);
  let axesA: number[];
  let axesB: number[];
  if (typeof axes === 'number') {
    if (!Number.isInteger(axes) || axes < 0) throw new ValueError(`\`axes\` must be at least 0. Received: ${axes}.`);
    if (axes > x.rank) {
      throw new ValueError(
        `\`axes\` must not be larger than the number of dimensions of tensor ${String(x)}.  Received ${axes}, vs tensor dimensions ${x.rank}.`,
      );
    }
    axesA = Array.from({ length: axes }, (_, i) => x.rank - axes + i);
    axesB = Array.from({ length: axes }, (_, i) => i);
  } else {
    if (!Array.isArray(axes) || axes.length !== 2) {
      throw new ValueError(`\`axes\` must be an integer or have length 2. Received ${JSON.stringify(axes)}.`);
    }
    const list = (v: number | readonly number[]) => (typeof v === 'number' ? [v] : [...v]);
    [axesA, axesB] = [list(axes[0]), list(axes[1])];
    if (axesA.length !== axesB.length) {
      throw new ValueError(`Different number of contraction axes \`a\` and \`b\`, ${axesA.length} != ${axesB.length}.`);
    }
    axesA = axesA.map((i) => (i < 0 ? i + x.rank : i));
    axesB = axesB.map((i) => (i < 0 ? i + y.rank : i));
  }
  const [left, freeA] = flattened(x, axesA, true);
  const [right, freeB] = flattened(y, axesB, false);
  return reshape(matmul(left, right), [...freeA, ...freeB]);
}

/**
 * `t` as a matrix: free axes × contracted axes (contracted first when `!freeFirst`); also returns
 * the free dimensions.
 */
function flattened(t: Tensor, contracted: readonly number[], freeFirst: boolean): [Tensor, number[]] {
  const free = t.shape.map((_, i) => i).filter((i) => !contracted.includes(i));
  const perm = freeFirst ? [...free, ...contracted] : [...contracted, ...free];
  const moved = perm.every((p, i) => p === i) ? t : transpose(t, perm);
  const freeDims = free.map((i) => t.shape[i] as number);
  const inner = sizeOf(contracted.map((i) => t.shape[i] as number));
  const outer = sizeOf(freeDims);
  return [reshape(moved, freeFirst ? [outer, inner] : [inner, outer]), freeDims];
}
