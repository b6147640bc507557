import { broadcastShapes, shapesEqual } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';
import { add } from './add';
import { broadcastTo } from './broadcast-to';
import { cast } from './cast';
import { concat } from './concat';
import { divide } from './divide';
import { expandDims } from './expand-dims';
import { kernelError } from '../errors';
import { multiply } from './multiply';
import { range } from './range';
import { reshape } from './reshape';
import { slice } from './slice';
import { subtract } from './subtract';

/**
 * `num` evenly spaced values from `start` to `stop`, both included (TF `tf.linspace`); start and
 * stop may be tensors, the values then run along `axis`. Computed as TF does: start, then
 * start + i * delta, then exactly stop. int32 bounds give float64, as in TF.
 *
 * @example
 * tf.linspace(10, 12, 3); // [10. 11. 12.]
 */
export function linspace(start: Input, stop: Input, num: number, axis = 0): Tensor {
  let s = isTensorOrVariable(start) || !isTensorOrVariable(stop) ? convertToTensor(start) : convertToTensor(start, convertToTensor(stop).dtype);
  let e = isTensorOrVariable(stop) ? convertToTensor(stop) : convertToTensor(stop, s.dtype);
  if (!Number.isInteger(num) || num < 0) throw kernelError('LinSpace', `Requires num > 0: ${num}`);
  const shape = broadcastShapes(s.shape, e.shape, 'BroadcastArgs');
  if (!shapesEqual(s.shape, shape)) s = broadcastTo(s, shape);
  if (!shapesEqual(e.shape, shape)) e = broadcastTo(e, shape);
  const first = expandDims(s, axis);
  const ax = axis < 0 ? axis + first.rank : axis;
  const steps = Math.max(num - 1, 1);
  const last = expandDims(e, axis);
  const delta = divide(subtract(last, first), steps);
  const [lo, hi] = [cast(first, delta.dtype), cast(last, delta.dtype)];
  const counts = reshape(range(1, steps, 1, delta.dtype), first.shape.map((_, i) => (i === ax ? Math.max(num - 2, 0) : 1)));
  const all = concat([lo, add(lo, multiply(delta, counts)), hi], ax);
  return slice(all, all.shape.map(() => 0), all.shape.map((d, i) => (i === ax ? num : d)));
}
