import { loadFixture } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import { cells, runCell } from './run';

const notebook = loadFixture<string>('tensorflow-autodiff-notebook.txt');

/**
 * The notebook's printed output of cell `n`: the lines right after `In [n]:`, its source and a
 * blank line, up to the next blank line (none when the next thing is another cell).
 */
function notebookOutput(n: number, python: string): string[] {
  const head = `In [${n}]:\n${python}\n\n`;
  const at = notebook.indexOf(head);
  if (at < 0) throw new Error(`cell ${n}'s source is not in the notebook as written in cells.ts`);
  const rest = notebook.slice(at + head.length);
  if (rest.startsWith('In [')) return [];
  return rest.slice(0, rest.indexOf('\n\n')).split('\n');
}

// Lines that cannot match by nature: the library's version, random draws, Python's class path.
const VARIES: Record<number, (expected: string[], actual: string[]) => void> = {
  1: (_, actual) => expect(actual).toEqual([expect.stringMatching(/^tensortape version: \d+\.\d+\.\d+$/)]),
  10: (expected, actual) => {
    const mask = (lines: string[]) => lines.map((l) => l.replace(/ *-?\d+\.\d*(e[+-]\d+)? */g, '#'));
    expect(mask(actual)).toEqual(mask(expected));
  },
  16: (_, actual) => expect(actual).toEqual(['Variable']),
};

describe('the seed notebook, cell by cell', () => {
  it('covers every cell of the notebook, in order', () => {
    const numbers = [...notebook.matchAll(/^In \[(\d+)\]:$/gm)].map((m) => Number(m[1]));
    expect(cells.map((c) => c.n)).toEqual(numbers);
  });

  it.each(cells.map((c) => [c.n, c] as const))('In [%i] prints what the notebook printed', (n, cell) => {
    const expected = notebookOutput(n, cell.python);
    const actual = runCell(cell);
    const check = VARIES[n];
    if (check) check(expected, actual);
    else expect(actual).toEqual(expected);
  });
});
