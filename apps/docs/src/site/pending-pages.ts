import { existsSync } from 'node:fs';
import { pagesWrittenElsewhere } from './pages';

/**
 * Whether `url` links to a page that another contributor is still writing, whose file is not
 * in `docsDir` yet. The build lets such links pass until the file exists; from then on they are
 * checked like any other link.
 *
 * @example
 * pageNotWrittenYet('/work/docs/', './training'); // true while /work/docs/training.md is missing
 */
export function pageNotWrittenYet(docsDir: string, url: string): boolean {
  const m = /^(?:\.{0,2}\/)*(zh\/)?([\w-]+)(?:\.md)?(?:#.*)?$/.exec(url);
  return !!m && pagesWrittenElsewhere.includes(m[2] as string) && !existsSync(`${docsDir}${m[1] ?? ''}${m[2]}.md`);
}
