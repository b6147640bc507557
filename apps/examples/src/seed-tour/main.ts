/** `pnpm start`: the seed notebook's cells, each with its Python source and tensortape's output. */
import { cells, runCell } from './run';

for (const cell of cells) {
  console.log(`In [${cell.n}]:`);
  console.log(cell.python.replace(/^/gm, '    '));
  const out = runCell(cell);
  if (out.length > 0) console.log(`\n${out.join('\n')}`);
  console.log();
}
