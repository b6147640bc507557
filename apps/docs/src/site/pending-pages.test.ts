import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageNotWrittenYet } from './pending-pages';

const docs = `${mkdtempSync(join(tmpdir(), 'tensortape-docs-pages-'))}/`;
mkdirSync(`${docs}zh`);
writeFileSync(`${docs}performance.md`, '# Performance');
afterAll(() => rmSync(docs, { recursive: true, force: true }));

describe('pageNotWrittenYet', () => {
  it('lets links to a missing page of another contributor pass, in either language', () => {
    expect(['./training', 'training.md', '/training', '../training#adam', '/zh/training'].map((u) => pageNotWrittenYet(docs, u))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('checks them once the page exists, and checks every other link always', () => {
    expect(pageNotWrittenYet(docs, './performance')).toBe(false);
    expect(pageNotWrittenYet(docs, '/zh/performance')).toBe(true);
    expect(pageNotWrittenYet(docs, './memory')).toBe(false);
    expect(pageNotWrittenYet(docs, './trainings')).toBe(false);
  });
});
