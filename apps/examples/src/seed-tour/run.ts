import * as tf from 'tensortape';
import { cells, type Cell, type Io } from './cells';

/** Runs one cell and returns the lines it printed. */
export function runCell(cell: Cell): string[] {
  const lines: string[] = [];
  const io: Io = {
    print: (...values) => lines.push(...values.map(tf.str).join(' ').split('\n')),
    echo: (value) => lines.push(...tf.repr(value).split('\n')),
  };
  cell.run(io);
  return lines;
}

export { cells };
