import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../../../../packages/', import.meta.url));

/**
 * Every workspace package's name mapped to its source entry point. The site bundles tensortape
 * from the sources (as vitest.shared.ts does for tests), so the playground always runs the code
 * of this checkout, with no package build.
 */
export function workspaceAliases(): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const dir of readdirSync(packagesDir)) {
    const entry = `${packagesDir}${dir}/src/index.ts`;
    const manifest = `${packagesDir}${dir}/package.json`;
    if (!existsSync(entry) || !existsSync(manifest)) continue;
    aliases[(JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name] = entry;
  }
  return aliases;
}
