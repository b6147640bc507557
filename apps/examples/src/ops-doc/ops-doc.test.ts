import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectOps, renderOpsDoc } from './render-ops-doc';

describe('docs/ops.md', () => {
  it('is up to date with the ops and registries (run `pnpm docs:ops`)', () => {
    expect(readFileSync(new URL('../../../../docs/ops.md', import.meta.url), 'utf8')).toBe(renderOpsDoc());
  });

  it('lists every op with a TF name, and no kernel lacks a gradient decision', () => {
    const ops = collectOps();
    expect(ops.map((o) => o.name)).toContain('square');
    expect(renderOpsDoc()).not.toContain('**no gradient**');
    expect(renderOpsDoc()).not.toContain('no CPU kernel');
  });
});
