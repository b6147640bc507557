import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EngineId } from './engines';
import type { MemoryReport } from './memory-loop';

const require = createRequire(import.meta.url);
const child = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
const appDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Measures `steps` MLP steps of `batch` examples on `engine` in a fresh Node process (with
 * `--expose-gc`, run through tsx so that it reads the sources as the benchmark does).
 */
export function measureMemory(engine: EngineId, steps: number, batch: number): Promise<MemoryReport> {
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const args = ['--expose-gc', '--import', tsx, child, engine, String(steps), String(batch)];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: appDir, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`The memory run of ${engine} failed: ${stderr.trim().slice(-2000) || error.message}`));
        return;
      }
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as MemoryReport);
      } catch {
        reject(new Error(`The memory run of ${engine} printed no report: ${stdout.slice(-500)}`));
      }
    });
  });
}
