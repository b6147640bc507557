import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The installed version of a dependency, read from its package.json (exports maps hide it). */
export function packageVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (path.basename(dir) !== path.basename(name) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}
