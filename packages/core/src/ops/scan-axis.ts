import { kernelError } from '../errors';

/** Normalises the axis of cumsum/cumprod, with TF's error (which prints the normalised axis). */
export function scanAxis(axis: number, rank: number, opName: string): number {
  const ax = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(axis) || ax < 0 || ax >= rank) {
    throw kernelError(opName, `ScanOp: Expected scan axis in the range [${-rank}, ${rank}), but got ${ax}`);
  }
  return ax;
}
