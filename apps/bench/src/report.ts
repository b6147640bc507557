import os from 'node:os';
import type { EngineId } from './engines';
import type { Timing } from './measure';
import type { Measurement } from './run';
import { speedup, type TargetResult } from './targets';
import { workload, WORKLOADS } from './workloads';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly platform: string;
  readonly node: string;
  /** 1, 5 and 15 minute load averages: other processes competing for the cores. */
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
}

/** Everything one run measured, as written to JSON. */
export interface Report {
  readonly date: string;
  readonly command: string;
  readonly machine: Machine;
  readonly engines: readonly { readonly id: EngineId; readonly description: string }[];
  readonly timing: Timing;
  readonly results: readonly Measurement[];
  readonly targets: readonly TargetResult[];
}

export function machine(loadAtStart: readonly number[]): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: { start: loadAtStart.map(round2), end: os.loadavg().map(round2) },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const LABELS: Record<EngineId, string> = {
  'tensortape-f32': 'tensortape f32',
  'tensortape-f64': 'tensortape f64',
  'tfjs-cpu': 'tfjs cpu',
  'tfjs-wasm': 'tfjs wasm',
  'jax-wasm': 'jax-js wasm',
};
const PEERS: readonly EngineId[] = ['tfjs-cpu', 'tfjs-wasm', 'jax-wasm'];

/** Three significant digits, without exponent notation. */
export function figure(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (x >= 100) return x.toFixed(0);
  return Number(x.toPrecision(3)).toString();
}

function ratio(x: number | null): string {
  return x === null ? '—' : `${figure(x)}×`;
}

/**
 * The results as a Markdown table: one row per workload and size, the median figure of each
 * engine, then how many times better tensortape float32 is than each peer (above 1: better).
 */
export function table(results: readonly Measurement[], engines: readonly EngineId[]): string {
  const peers = PEERS.filter((p) => engines.includes(p) && engines.includes('tensortape-f32'));
  const header = ['workload', 'size', 'unit', ...engines.map((e) => LABELS[e]), ...peers.map((p) => `f32 vs ${LABELS[p]}`)];
  const rows: string[][] = [];
  for (const w of WORKLOADS) {
    const sizes = [...new Set(results.filter((r) => r.workload === w.id).map((r) => r.size))];
    for (const size of sizes) {
      const value = (e: EngineId) => {
        const r = results.find((m) => m.workload === w.id && m.size === size && m.engine === e);
        return r?.error ? 'failed' : figure(r?.value);
      };
      rows.push([
        w.id,
        w.describe(size),
        w.unit,
        ...engines.map(value),
        ...peers.map((p) => ratio(speedup(results, w.id, size, p))),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < 3 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The issue's targets, one line each: met, missed, or not measured in this run. */
export function targetLines(targets: readonly TargetResult[]): string {
  return targets
    .map((t) => {
      const mark = t.met === null ? 'not measured' : t.met ? 'met   ' : 'MISSED';
      const got = t.speedup === null ? '' : ` (measured ${ratio(t.speedup)}, needs ${ratio(t.factor)})`;
      return `${mark}  ${t.text}${got}`;
    })
    .join('\n');
}

/** Failures, so that a broken engine is visible rather than a dash in the table. */
export function errorLines(results: readonly Measurement[]): string {
  return results
    .filter((r) => r.error)
    .map((r) => `${r.engine} ${r.workload} ${workload(r.workload).describe(r.size)}: ${r.error}`)
    .join('\n');
}
