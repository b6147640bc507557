import { describe, expect, it } from 'vitest';
import { tensortapeEngine } from './engines/tensortape';
import { memoryLoop } from './memory-loop';

// The memory requirement as a test: a training loop with no tidy and no dispose keeps
// its settled memory flat. 300 steps of a 32-example batch allocate hundreds of megabytes; a
// step that leaked its tape, a gradient or an activation would keep up to megabytes per step.
describe('memory of the MLP training loop (tensortape, no tidy)', () => {
  it('stays flat after warming up', async () => {
    expect((globalThis as { gc?: unknown }).gc, 'vitest runs with --expose-gc').toBeTypeOf('function');
    const report = await memoryLoop(tensortapeEngine('float32').task('mlp-step', 32), 300);
    const [, warm, , , end] = report.settledMB as [number, number, number, number, number];
    expect(report.settledMB).toHaveLength(5);
    expect(end - warm).toBeLessThan(1);
    expect(report.peakMB).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
