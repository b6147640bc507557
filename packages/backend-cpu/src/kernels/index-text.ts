import type { Shape } from '@tensortape/core';

/** TF's SliceDebugString: the coordinates of flat position `i` in `shape`, `[1,0]` ('' for a scalar). */
export function indexText(shape: Shape, i: number): string {
  if (shape.length === 0) return '';
  const coords = new Array<number>(shape.length);
  for (let k = shape.length - 1, rest = i; k >= 0; k--) {
    const d = shape[k] as number;
    coords[k] = rest % d;
    rest = Math.floor(rest / d);
  }
  return `[${coords.join(',')}]`;
}
