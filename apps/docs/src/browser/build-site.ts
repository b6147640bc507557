import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateApiDocs } from '../api/generate-api-docs';

const appDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the site as `pnpm docs:build` does (the API reference, then VitePress), into `outDir`.
 * VitePress runs in a child process: its build is a CLI that owns its process.
 */
export async function buildSite(outDir: string): Promise<void> {
  await generateApiDocs();
  const vitepress = `${dirname(createRequire(import.meta.url).resolve('vitepress/package.json'))}/bin/vitepress.js`;
  await promisify(execFile)(process.execPath, [vitepress, 'build', '--outDir', outDir], { cwd: appDir, maxBuffer: 64 * 1024 * 1024 });
}
