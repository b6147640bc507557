import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sections } from './pages';

const docsDir = fileURLToPath(new URL('../../../../docs/', import.meta.url));
const pages = sections.flatMap((s) => s.pages);
const markdown = (dir: string) => readdirSync(docsDir + dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));

describe('the site’s pages', () => {
  it('has every guide of the sidebar in English and in Chinese', () => {
    const missing = pages
      .filter((p) => !p.slug.endsWith('/'))
      .flatMap((p) => (p.englishOnly ? [`${p.slug}.md`] : [`${p.slug}.md`, `zh/${p.slug}.md`]))
      .filter((file) => !existsSync(docsDir + file));
    expect(missing).toEqual([]);
  });

  it('lists every page of docs/ and docs/zh/ in the sidebar', () => {
    const listed = new Set(['index', ...pages.map((p) => p.slug)]);
    expect(markdown('').filter((slug) => !listed.has(slug))).toEqual([]);
    expect(markdown('zh/').filter((slug) => !listed.has(slug))).toEqual([]);
  });
});
