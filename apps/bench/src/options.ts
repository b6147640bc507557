import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_IDS, type EngineId } from './engines/engine';
import { DEFAULT_TIMING, type Timing } from './measure';
import { WORKLOAD_IDS, WORKLOADS, type WorkloadId } from './workloads';

export interface Options {
  readonly workloads: readonly WorkloadId[];
  readonly engines: readonly EngineId[];
  /** Sizes to run for each workload. */
  readonly sizes: ReadonlyMap<WorkloadId, readonly number[]>;
  readonly timing: Timing;
  /** Where to write the JSON report (an absolute path); null for nowhere. */
  readonly json: string | null;
  readonly help: boolean;
}

const DEFAULT_JSON = fileURLToPath(new URL('../results/latest.json', import.meta.url));

export const USAGE = `Usage: pnpm bench [options]

Runs the same workloads on tensortape (cpu, float32 and float64), TensorFlow.js (cpu and wasm)
and jax-js (wasm), prints a table of medians with tensortape's ratio to each peer, and writes the
same as JSON.

  --only a,b          workloads to run (default: all): ${WORKLOAD_IDS.join(', ')}
  --engines a,b       engines to run (default: all): ${ENGINE_IDS.join(', ')}
  --size w=n,m        sizes of workload w (repeatable), e.g. --size matmul=256,512
  --tiny              every workload at a tiny size, 1 warm-up and 2 repetitions (a smoke run)
  --warmup n          untimed repetitions before timing (default ${DEFAULT_TIMING.warmup})…
  --warmup-ms ms      …and more until ms have passed (default ${DEFAULT_TIMING.warmupMs})
  --rounds n          engines take turns n times per workload (default ${DEFAULT_TIMING.rounds})
  --reps n            at least n timed repetitions in all (default ${DEFAULT_TIMING.minReps})
  --max-reps n        at most n timed repetitions (default ${DEFAULT_TIMING.maxReps})
  --budget ms         add repetitions beyond --reps while their total stays under ms (default ${DEFAULT_TIMING.budgetMs})
  --json path         where to write the JSON report (default apps/bench/results/latest.json;
                      a relative path is from where pnpm was run; --json none: nowhere)
  --help              this text
`;

/** Parses the command line (without `node` and the script). Throws on anything it does not know. */
export function parseOptions(argv: readonly string[]): Options {
  let workloads: WorkloadId[] = [...WORKLOAD_IDS];
  let engines: EngineId[] = [...ENGINE_IDS];
  const sizeOverrides = new Map<WorkloadId, number[]>();
  let timing: Timing = DEFAULT_TIMING;
  let tiny = false;
  let json: string | null = DEFAULT_JSON;
  let help = false;

  const args = [...argv];
  const value = (flag: string): string => {
    const v = args.shift();
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value.`);
    return v;
  };
  const count = (flag: string, min: number): number => {
    const n = Number(value(flag));
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs an integer of at least ${min}.`);
    return n;
  };
  while (args.length > 0) {
    const raw = args.shift() as string;
    // --flag=value is the same as --flag value.
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    if (flag !== raw) args.unshift(raw.slice(eq + 1));
    switch (flag) {
      case '--only':
        workloads = list(value(flag), WORKLOAD_IDS, 'workload');
        break;
      case '--engines':
        engines = list(value(flag), ENGINE_IDS, 'engine');
        break;
      case '--size': {
        const [name, sizes] = value(flag).split('=');
        const [id] = list(name ?? '', WORKLOAD_IDS, 'workload');
        const parsed = (sizes ?? '').split(',').map(Number);
        if (parsed.length === 0 || parsed.some((n) => !Number.isInteger(n) || n < 1)) {
          throw new Error(`--size ${name}= needs positive integers, e.g. --size matmul=256,512.`);
        }
        sizeOverrides.set(id as WorkloadId, parsed);
        break;
      }
      case '--tiny':
        tiny = true;
        break;
      case '--warmup':
        timing = { ...timing, warmup: count(flag, 0) };
        break;
      case '--warmup-ms':
        timing = { ...timing, warmupMs: count(flag, 0) };
        break;
      case '--rounds':
        timing = { ...timing, rounds: count(flag, 1) };
        break;
      case '--reps':
        timing = { ...timing, minReps: count(flag, 1) };
        break;
      case '--max-reps':
        timing = { ...timing, maxReps: count(flag, 1) };
        break;
      case '--budget':
        timing = { ...timing, budgetMs: count(flag, 0) };
        break;
      case '--json': {
        const path = value(flag);
        // pnpm runs scripts in the package's folder; INIT_CWD is where the user typed the command.
        json = path === 'none' ? null : resolve(process.env.INIT_CWD ?? process.cwd(), path);
        break;
      }
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new Error(`Unknown option '${raw}'. Try --help.`);
    }
  }
  if (tiny) timing = { warmup: 1, warmupMs: 0, rounds: 1, minReps: 2, maxReps: 2, budgetMs: 0 };
  timing = { ...timing, maxReps: Math.max(timing.maxReps, timing.minReps) };
  const sizes = new Map<WorkloadId, readonly number[]>();
  for (const w of WORKLOADS) sizes.set(w.id, sizeOverrides.get(w.id) ?? (tiny ? w.tinySizes : w.sizes));
  return { workloads, engines, sizes, timing, json, help };
}

function list<T extends string>(text: string, known: readonly T[], what: string): T[] {
  const items = text.split(',').filter((s) => s !== '');
  for (const item of items) {
    if (!known.includes(item as T)) throw new Error(`Unknown ${what} '${item}' (known: ${known.join(', ')}).`);
  }
  if (items.length === 0) throw new Error(`Name at least one ${what}.`);
  return items as T[];
}
