import { kernelError, ValueError } from './errors';

export type Shape = readonly number[];

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Row-major strides, in elements. */
export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i] ?? 1;
  }
  return strides;
}

/** NumPy broadcasting of two shapes; `opName` makes TF's error message when they do not fit. */
export function broadcastShapes(a: Shape, b: Shape, opName: string): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw kernelError(opName, `Incompatible shapes: [${a.join(',')}] vs. [${b.join(',')}]`);
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/**
 * Normalises a reduction `axis` (all axes when undefined, negative counts from the end), sorted
 * and without repeats; an axis outside the rank raises TF's error for `opName`.
 */
export function reductionAxes(axis: number | readonly number[] | undefined, rank: number, opName: string): number[] {
  if (axis === undefined) return Array.from({ length: rank }, (_, i) => i);
  const axes = typeof axis === 'number' ? [axis] : axis;
  const out = new Set<number>();
  for (const ax of axes) {
    if (!Number.isInteger(ax) || ax < -rank || ax >= Math.max(rank, 1)) {
      throw kernelError(opName, `Invalid reduction dimension (${ax} for input with ${rank} dimension(s)`);
    }
    out.add(ax < 0 ? ax + rank : ax);
  }
  return [...out].sort((a, b) => a - b);
}

/** Validates a shape given by the user (creation ops). */
export function checkShape(shape: Shape): void {
  if (!Array.isArray(shape) || shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new ValueError(`Invalid shape ${JSON.stringify(shape)}: expected an array of non-negative integers`);
  }
}
