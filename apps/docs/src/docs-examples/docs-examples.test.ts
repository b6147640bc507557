import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { codeBlocks, matchesDoc, type CodeBlock } from './code-blocks';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const docsDir = `${root}docs/`;
const scratch = fileURLToPath(new URL('./.blocks/', import.meta.url));
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The guides: docs/*.md in English and docs/zh/*.md in Chinese (the API reference has no outputs to check). */
const pages = ['', 'zh/'].flatMap((dir) =>
  existsSync(docsDir + dir) ? readdirSync(docsDir + dir).filter((f) => f.endsWith('.md')).map((f) => dir + f) : [],
);
const blocks = pages.flatMap((page) => codeBlocks(page, readFileSync(docsDir + page, 'utf8')));
const nameOf = (b: CodeBlock) => `${b.file}:${b.line}`;
/** A block as a reader would paste it into a module: with the import it leaves implicit. */
const asModule = (b: CodeBlock) => (/from 'tensortape'/.test(b.code) ? b.code : `import * as tf from 'tensortape';\n${b.code}`);
const scratchFile = (b: CodeBlock, kind: string) => `${scratch}${nameOf(b).replace(/[^\w]/g, '_')}.${kind}.ts`;

/**
 * Every TypeScript block of the guides (both languages) runs, and what it logs matches the
 * `// output` comments written after each console.log (`…` matches anything). Each block is a
 * module of its own, with console.log captured; blocks also type-check, as readers will paste
 * them into strict TypeScript.
 */
describe('docs code blocks', () => {
  it('finds the blocks of both languages', () => {
    expect(blocks.some((b) => b.file.startsWith('zh/'))).toBe(true);
    expect(blocks.some((b) => !b.file.startsWith('zh/'))).toBe(true);
  });

  it.each(blocks.map((b) => [nameOf(b), b] as const))('%s', async (_, block) => {
    const file = scratchFile(block, 'run');
    // console.log as Node prints: util.format, which shows tensors as TF's str (their inspect hook).
    const capture = "import { format as __format } from 'node:util';\nexport const __printed: string[][] = [];\nconst console = { log: (...a: unknown[]) => __printed.push(__format(...a).split('\\n')) };\n";
    writeFileSync(file, `${capture}${asModule(block)}\n`);
    const { __printed } = (await import(/* @vite-ignore */ file)) as { __printed: string[][] };
    const documented = block.expected;
    const printed = __printed.slice(0, documented.length);
    expect(printed.length, 'console.log calls that printed').toBe(documented.length);
    documented.forEach((lines, i) => {
      const actual = printed[i] as string[];
      const ok = actual.length === lines.length && lines.every((l, k) => matchesDoc(actual[k] as string, l));
      expect(ok, `console.log #${i + 1}:\n${actual.join('\n')}\n≠ documented:\n${lines.join('\n')}`).toBe(true);
    });
  });

  it('type-checks every block', () => {
    const files = blocks.map((b) => {
      const file = scratchFile(b, 'check');
      writeFileSync(file, `${asModule(b)}\nexport {};\n`);
      return file;
    });
    const { config } = ts.readConfigFile(`${root}tsconfig.paths.json`, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
    const program = ts.createProgram(files, { ...options, noEmit: true, noUnusedLocals: false });
    const problems = files.flatMap((file) => {
      const source = program.getSourceFile(file)!;
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
        const block = blocks[files.indexOf(file)]!;
        const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
        // The module line added in front of a block shifts its lines by one.
        const offset = asModule(block) === block.code ? 0 : 1;
        return `${block.file}:${block.line + line - offset}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    });
    expect(problems).toEqual([]);
  });
});
