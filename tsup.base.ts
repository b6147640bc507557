import { defineConfig } from 'tsup';

/** Shared build: one ESM bundle with types per package, for Node 20+ and modern browsers. */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
