import { describe, expect, it } from 'vitest';
import { ENGINE_IDS } from './engines';
import { parseOptions } from './options';
import { table } from './report';
import { runBenchmark, type Measurement } from './run';
import { WORKLOAD_IDS } from './workloads';

// Every workload on every engine at a tiny size: the benchmark cannot rot unnoticed. No timing
// is asserted; what is asserted is that each engine ran and computed the same thing.
describe('pnpm bench --tiny', () => {
  let results: Measurement[] = [];

  it('runs every workload on every engine', async () => {
    results = await runBenchmark(parseOptions(['--tiny', '--json', 'none']));
    expect(results.filter((r) => r.error).map((r) => `${r.engine} ${r.workload}: ${r.error}`)).toEqual([]);
    expect(results).toHaveLength(WORKLOAD_IDS.length * ENGINE_IDS.length);
    for (const r of results) {
      expect(r.value, `${r.engine} ${r.workload}`).toBeTypeOf('number');
      if (r.workload === 'memory') expect(r.memory?.settledMB.length).toBeGreaterThan(1);
      else expect(r.value as number).toBeGreaterThan(0);
    }
  }, 300_000);

  it('gives the same results on every engine', () => {
    for (const id of WORKLOAD_IDS.filter((w) => w !== 'memory')) {
      const sums = results.filter((r) => r.workload === id).map((r) => [r.engine, r.checksum] as const);
      const reference = sums.find(([e]) => e === 'tensortape-f64')?.[1] as number;
      expect(Number.isFinite(reference), id).toBe(true);
      for (const [engine, sum] of sums) {
        expect(Math.abs((sum as number) - reference), `${id} on ${engine}: ${sum} vs ${reference}`).toBeLessThan(
          1e-3 * Math.max(1, Math.abs(reference)),
        );
      }
    }
  });

  it('prints a row per workload with a ratio to each peer', () => {
    const lines = table(results, ENGINE_IDS).split('\n');
    expect(lines).toHaveLength(2 + WORKLOAD_IDS.length);
    expect(lines[0]).toContain('f32 vs tfjs cpu');
    expect(lines.find((l) => l.startsWith('| matmul'))).toMatch(/\d×/);
  });
});
