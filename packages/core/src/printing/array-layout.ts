/** NumPy's print options (defaults): summarise above THRESHOLD elements, keeping EDGE_ITEMS per end. */
export const THRESHOLD = 1000;
const EDGE_ITEMS = 3;

/** Positions shown along an axis of length n: all, or the first and last EDGE_ITEMS. */
function shownPositions(n: number, summarise: boolean): number[] {
  if (summarise && n > 2 * EDGE_ITEMS) {
    return [...Array(EDGE_ITEMS).keys(), ...Array.from({ length: EDGE_ITEMS }, (_, i) => n - EDGE_ITEMS + i)];
  }
  return [...Array(n).keys()];
}

function rowMajorStrides(shape: readonly number[]): number[] {
  const strides = shape.map(() => 1);
  for (let k = shape.length - 2; k >= 0; k--) strides[k] = (strides[k + 1] ?? 1) * (shape[k + 1] ?? 1);
  return strides;
}

/** Flat indices of the elements that get printed; NumPy sizes its formatter over just these. */
export function displayedIndices(shape: readonly number[], summarise: boolean): number[] {
  const strides = rowMajorStrides(shape);
  let offsets = [0];
  shape.forEach((n, k) => {
    const step = strides[k] ?? 1;
    const positions = shownPositions(n, summarise);
    offsets = offsets.flatMap((o) => positions.map((p) => o + p * step));
  });
  return offsets;
}

/**
 * NumPy's _formatArray: nested brackets, rows wrapped to the line width with a hanging
 * indent, `...` for summarised stretches, blank lines between blocks of rank >= 3.
 */
export function layoutArray(
  shape: readonly number[],
  text: (flatIndex: number) => string,
  summarise: boolean,
  separator: string,
  hangingIndent: string,
  lineWidth: number,
): string {
  const strides = rowMajorStrides(shape);
  const rank = shape.length;

  const recurse = (axis: number, offset: number, hanging: string, width: number): string => {
    if (axis === rank) return text(offset);
    const n = shape[axis] ?? 0;
    const step = strides[axis] ?? 1;
    // Each nesting level adds one '[' to the indent and one ']' to the end of the line.
    const item = (i: number): string => recurse(axis + 1, offset + i * step, hanging + ' ', width - 1);
    const positions = shownPositions(n, summarise);
    const gapAfter = positions.length < n ? EDGE_ITEMS - 1 : -1; // '...' goes after this slot

    let s = '';
    if (axis === rank - 1) {
      const elemWidth = width - Math.max(separator.trimEnd().length, 1);
      let line = hanging;
      const extend = (word: string): void => {
        // Wrapping a line that holds only the indent would not help, so NumPy doesn't.
        if (line.length + word.length > elemWidth && line.length > hanging.length) {
          s += `${line.trimEnd()}\n`;
          line = hanging;
        }
        line += word;
      };
      positions.forEach((p, j) => {
        extend(item(p));
        if (j < positions.length - 1) line += separator;
        if (j === gapAfter) {
          extend('...');
          line += separator;
        }
      });
      s += line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(rank - axis - 1);
      positions.forEach((p, j) => {
        s += hanging + item(p) + (j < positions.length - 1 ? lineSep : '');
        if (j === gapAfter) s += hanging + '...' + lineSep;
      });
    }
    return `[${s.slice(hanging.length)}]`;
  };
  return recurse(0, 0, hangingIndent, lineWidth);
}
