import { runKernel } from '../engine';
import { kernelError, ValueError } from '../errors';
import { Pad } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, toTypedArray, type Input, type ScalarLike } from '../tensor-like';
import { concat } from './concat';
import { reverse } from './reverse';
import { slice } from './slice';

/**
 * Pads each axis i with `paddings[i] = [before, after]` elements (TF `tf.pad`): `constantValues`
 * in mode 'CONSTANT', or a mirror of x without ('REFLECT') or with ('SYMMETRIC') the edge. The
 * mirror modes are composites of slice, reverse and concat.
 *
 * @example
 * tf.pad(tf.constant([[1, 2]]), [[1, 0], [0, 1]]); // [[0. 0. 0.] [1. 2. 0.]]
 * tf.pad(tf.constant([1, 2, 3]), [[2, 1]], 'REFLECT'); // [3. 2. 1. 2. 3. 2.]
 */
export function pad(x: Input, paddings: readonly (readonly number[])[], mode = 'CONSTANT', constantValues: ScalarLike = 0): Tensor {
  const t = convertToTensor(x);
  const upper = mode.toUpperCase();
  if (upper !== 'CONSTANT' && upper !== 'REFLECT' && upper !== 'SYMMETRIC') {
    throw new ValueError(`Value of argument \`mode\` expected to be one of "CONSTANT", "REFLECT", or "SYMMETRIC". Received \`mode\` = ${mode}`);
  }
  const opName = upper !== 'CONSTANT' ? 'MirrorPad' : constantValues === 0 ? 'Pad' : Pad;
  const columns = paddings.find((p) => p.length !== 2)?.length ?? 2;
  if (columns !== 2) throw kernelError(opName, `paddings must be a matrix with 2 columns: [${paddings.length},${columns}]`);
  if (paddings.length !== t.rank) {
    throw kernelError(opName, `The first dimension of paddings must be the rank of inputs[${paddings.length},2] [${t.shape.join(',')}]`);
  }
  paddings.forEach(([before, after], i) => {
    const [b, a] = [before as number, after as number];
    if (!Number.isInteger(b) || !Number.isInteger(a) || b < 0 || a < 0) throw kernelError(opName, `Paddings must be non-negative: ${b} ${a}`);
    const d = t.shape[i] as number;
    if (upper === 'REFLECT' && (b >= d || a >= d)) {
      throw kernelError(opName, `paddings must be less than the dimension size: ${b}, ${a} not less than ${d}`);
    }
    if (upper === 'SYMMETRIC' && (b > d || a > d)) {
      throw kernelError(opName, `paddings must be no greater than the dimension size: ${b}, ${a} greater than ${d}`);
    }
  });
  if (upper !== 'CONSTANT') return mirrorPad(t, paddings, upper === 'REFLECT' ? 1 : 0);
  const value = constantValues === 0 ? 0 : (toTypedArray([constantValues], t.dtype)[0] as number);
  return runKernel(Pad, { x: t }, { paddings: paddings.flat(), constantValue: value });
}

/** Mirrors one axis at a time; `offset` 1 leaves the edge out (REFLECT), 0 repeats it (SYMMETRIC). */
function mirrorPad(x: Tensor, paddings: readonly (readonly number[])[], offset: number): Tensor {
  let y = x;
  paddings.forEach(([before, after], axis) => {
    const [b, a] = [before as number, after as number];
    if (b === 0 && a === 0) return;
    const d = x.shape[axis] as number;
    const part = (start: number, length: number) => {
      const begin = y.shape.map((_, i) => (i === axis ? start : 0));
      const size = y.shape.map((n, i) => (i === axis ? length : n));
      return reverse(slice(y, begin, size), [axis]);
    };
    y = concat([...(b > 0 ? [part(offset, b)] : []), y, ...(a > 0 ? [part(d - a - offset, a)] : [])], axis);
  });
  return y;
}
