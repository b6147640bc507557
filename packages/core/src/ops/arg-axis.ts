import { kernelError } from '../errors';
import type { Shape } from '../shape';

/** Normalises the axis of argMax/argMin, with TF's errors for a bad or empty axis. */
export function argAxis(axis: number, shape: Shape, opName: string): number {
  const rank = shape.length;
  const ax = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(axis) || ax < 0 || ax >= rank) {
    throw kernelError(opName, `Expected dimension in the range [${-rank}, ${rank}), but got ${axis}`);
  }
  if (shape[ax] === 0) throw kernelError(opName, `Reduction axis ${axis} is empty in shape [${shape.join(',')}]`);
  return ax;
}
