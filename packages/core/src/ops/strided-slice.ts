import { runKernel } from '../engine';
import { StridedSlice, type StridedSliceAttrs } from '../kernel-names';
import type { Shape } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { kernelError } from '../errors';

/** The bit masks of `tf.strided_slice`: bit i refers to entry i of begin/end/strides. */
export interface StridedSliceMasks {
  /** ignore begin[i]: start at the first (last, for a negative stride) element */
  beginMask?: number;
  /** ignore end[i]: run to the end (start) of the axis */
  endMask?: number;
  /** entry i stands for as many full axes as needed (at most one bit) */
  ellipsisMask?: number;
  /** entry i inserts a new axis of size 1 */
  newAxisMask?: number;
  /** entry i takes the single element begin[i] and drops the axis */
  shrinkAxisMask?: number;
}

/**
 * Python's `x[begin:end:stride, …]` (TF `tf.strided_slice`): negative indices count from the end
 * and out-of-range bounds are clamped, as in NumPy.
 *
 * @example
 * const x = tf.reshape(tf.range(12), [3, 4]);
 * tf.stridedSlice(x, [0, 3], [3, 0], [2, -1]);                    // x[0:3:2, 3:0:-1]
 * tf.stridedSlice(x, [1], [2], [1], { shrinkAxisMask: 1 });         // x[1], shape [4]
 */
export function stridedSlice(
  x: Input,
  begin: readonly number[],
  end: readonly number[],
  strides?: readonly number[],
  masks: StridedSliceMasks = {},
): Tensor {
  const t = convertToTensor(x);
  const steps = strides ?? begin.map(() => 1);
  if (end.length !== begin.length || steps.length !== begin.length) {
    throw kernelError(
      StridedSlice,
      `Expected begin, end, and strides to be 1D equal size tensors, but got shapes [${begin.length}], [${end.length}], and [${steps.length}] instead.`,
    );
  }
  return runKernel(StridedSlice, { x: t }, { ...resolveStridedSlice(t.shape, begin, end, steps, masks) });
}

const NEW_AXIS = -1;
const SHRINK_AXIS = -2;

/** TF's ValidateStridedSliceOp: expands the ellipsis, then clamps each axis's interval. */
function resolveStridedSlice(
  shape: Shape,
  begin: readonly number[],
  end: readonly number[],
  strides: readonly number[],
  masks: StridedSliceMasks,
): StridedSliceAttrs {
  const { beginMask = 0, endMask = 0, newAxisMask = 0, shrinkAxisMask = 0 } = masks;
  let { ellipsisMask = 0 } = masks;
  const bit = (mask: number, i: number) => (mask & (1 << i)) !== 0;
  let sparseDims = begin.length;
  let ellipsisSeen = false;
  let newAxesAfterEllipsis = 0;
  for (let i = 0; i < sparseDims; i++) {
    if (ellipsisSeen && bit(newAxisMask, i)) newAxesAfterEllipsis++;
    if (bit(ellipsisMask, i)) {
      if (ellipsisSeen) throw kernelError(StridedSlice, 'Multiple ellipses in slice spec not allowed');
      ellipsisSeen = true;
    }
  }
  if (!ellipsisSeen) ellipsisMask |= 1 << sparseDims++;

  // The dense spec: one entry per input axis, and where each output axis comes from.
  const rank = shape.length;
  const dense = { begin: new Array<number>(rank).fill(0), end: new Array<number>(rank).fill(0), strides: new Array<number>(rank).fill(1) };
  const denseBegin = new Array<boolean>(rank).fill(false);
  const denseEnd = new Array<boolean>(rank).fill(false);
  const denseShrink = new Array<boolean>(rank).fill(false);
  const gather: number[] = [];
  let full = 0;
  for (let i = 0; i < sparseDims; i++) {
    if (bit(ellipsisMask, i)) {
      const next = Math.min(rank - (sparseDims - i) + 1 + newAxesAfterEllipsis, rank);
      for (; full < next; full++) {
        denseBegin[full] = denseEnd[full] = true;
        gather.push(full);
      }
    } else if (bit(newAxisMask, i)) {
      gather.push(NEW_AXIS);
    } else {
      if (full === rank) throw kernelError(StridedSlice, `Index out of range using input dim ${full}; input has only ${rank} dims`);
      dense.begin[full] = begin[i] as number;
      dense.end[full] = end[i] as number;
      dense.strides[full] = strides[i] as number;
      denseBegin[full] = bit(beginMask, i);
      denseEnd[full] = bit(endMask, i);
      denseShrink[full] = bit(shrinkAxisMask, i);
      gather.push(denseShrink[full] ? SHRINK_AXIS : full);
      full++;
    }
  }

  const size = shape.map((dim, i) => {
    const stride = dense.strides[i] as number;
    if (stride === 0) throw kernelError(StridedSlice, `strides[${i}] must be non-zero`);
    if (denseShrink[i]) {
      if (stride <= 0) throw kernelError(StridedSlice, 'only stride 1 allowed on non-range indexing.');
      const b = dense.begin[i] as number;
      const fwd = b < 0 ? dim + b : b;
      if (fwd < 0 || fwd >= dim) throw kernelError(StridedSlice, `slice index ${fwd} of dimension ${i} out of bounds.`);
      dense.begin[i] = fwd;
      return 1;
    }
    const [lo, hi] = stride > 0 ? [0, dim] : [-1, dim - 1];
    const canonical = (v: number, masked: boolean, isEnd: boolean) => {
      if (masked) return stride > 0 === isEnd ? hi : lo;
      const fwd = v < 0 ? dim + v : v;
      return Math.min(Math.max(fwd, lo), hi);
    };
    const b = canonical(dense.begin[i] as number, denseBegin[i] as boolean, false);
    const e = canonical(dense.end[i] as number, denseEnd[i] as boolean, true);
    dense.begin[i] = b;
    const interval = e - b;
    return interval === 0 || interval < 0 !== stride < 0 ? 0 : Math.ceil(interval / stride);
  });
  const out: number[] = [];
  for (const g of gather) {
    if (g >= 0) out.push(size[g] as number);
    else if (g === NEW_AXIS) out.push(1);
  }
  return { begin: dense.begin, strides: dense.strides, size, shape: out };
}
