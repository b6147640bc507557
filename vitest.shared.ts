import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/** Tests run against the sources of every workspace package, so they need no build. */
export default defineConfig({
  resolve: {
    alias: {
      '@tensortape/core': src('core'),
      '@tensortape/autograd': src('autograd'),
      '@tensortape/backend-cpu': src('backend-cpu'),
      '@tensortape/test-utils': src('test-utils'),
      '@tensortape/train': src('train'),
      tensortape: src('tensortape'),
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    // Memory tests call gc() to show that tapes release what they recorded.
    execArgv: ['--expose-gc'],
    // CI runs every package's suite at once on two cores: first imports of the sources are slow.
    testTimeout: 60_000,
    // The JSON report feeds scripts/summary.mjs, which prints one total for the whole workspace.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/report.json' },
  },
});
