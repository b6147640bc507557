import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeBlocks, matchesDoc } from './code-blocks';

const docsDir = fileURLToPath(new URL('../../../../docs/', import.meta.url));
const scratch = fileURLToPath(new URL('./.blocks/', import.meta.url));
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md'));
const blocks = pages.flatMap((page) => codeBlocks(page, readFileSync(docsDir + page, 'utf8')));

/**
 * Every TypeScript block of the docs runs, and what it logs matches the `// output` comments
 * written after each console.log. Each block is a module of its own, with console.log captured.
 */
describe('docs code blocks', () => {
  it('finds the blocks', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))('%s', async (name, block) => {
    const file = `${scratch}${name.replace(/[^\w]/g, '_')}.ts`;
    const body = block.code.includes("from 'tensortape'") ? block.code : `import * as tf from 'tensortape';\n${block.code}`;
    writeFileSync(file, `export const __printed: string[][] = [];\nconst console = { log: (...a: unknown[]) => __printed.push(a.map(String).join(' ').split('\\n')) };\n${body}\n`);
    const { __printed } = (await import(/* @vite-ignore */ file)) as { __printed: string[][] };
    const documented = block.expected;
    const printed = __printed.filter((_, i) => i < documented.length);
    expect(printed.length).toBe(documented.length);
    documented.forEach((lines, i) => {
      const actual = printed[i] as string[];
      const ok = actual.length === lines.length && lines.every((l, k) => matchesDoc(actual[k] as string, l));
      expect(ok, `console.log #${i + 1}:\n${actual.join('\n')}\n≠ documented:\n${lines.join('\n')}`).toBe(true);
    });
  });
});
