/** A TypeScript code block of a Markdown page, with the output its comments promise. */
export interface CodeBlock {
  /** The page, relative to docs/ (`zh/memory.md`). */
  readonly file: string;
  /** The line of the block's first code line. */
  readonly line: number;
  readonly code: string;
  /** One entry per console.log: the lines written after it as `// …` comments. */
  readonly expected: string[][];
}

/**
 * The ```ts blocks of a Markdown page that the docs test runs. A block whose fence says
 * `no-run` (```ts no-run) is shown but not run: a test file, or code for another setup.
 */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const re = /^```(?:ts|typescript)\b([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(re)) {
    if (/\bno-run\b/.test(m[1] as string)) continue;
    const code = m[2] as string;
    const line = markdown.slice(0, m.index).split('\n').length + 1;
    blocks.push({ file, line, code, expected: expectedOutputs(code) });
  }
  return blocks;
}

/**
 * After each `console.log(...)`, a same-line `// text` and the `// text` lines that follow are
 * what it prints (one log may print several lines).
 */
function expectedOutputs(code: string): string[][] {
  const out: string[][] = [];
  const lines = code.split('\n');
  lines.forEach((line, i) => {
    if (!/^\s*console\.log\(/.test(line)) return;
    const printed: string[] = [];
    const same = /\);\s*\/\/ (.*)$/.exec(line);
    if (same) printed.push(same[1] as string);
    for (let j = i + 1; j < lines.length; j++) {
      const next = /^\s*\/\/ ?(.*)$/.exec(lines[j] as string);
      if (!next) break;
      printed.push(next[1] as string);
    }
    if (printed.length > 0) out.push(printed);
  });
  return out;
}

/** Whether printed text matches a documented line, where `…` stands for any text. */
export function matchesDoc(actual: string, documented: string): boolean {
  const pattern = documented.split('…').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(actual);
}
