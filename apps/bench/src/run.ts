import { createEngine, type Engine, type EngineId, type Task } from './engines';
import { timeTurn, warm } from './measure';
import { measureMemory } from './memory';
import type { MemoryReport } from './memory-loop';
import type { Options } from './options';
import { stats, type Stats } from './stats';
import { MEMORY_BATCH, workload, type WorkloadId } from './workloads';

/** One workload at one size on one engine. */
export interface Measurement {
  readonly workload: WorkloadId;
  readonly size: number;
  readonly engine: EngineId;
  /** The reported figure in the workload's unit (from the median), or null if the run failed. */
  readonly value: number | null;
  /** Milliseconds per repetition. */
  readonly ms?: Stats;
  readonly memory?: MemoryReport;
  /** The sum of the last output's values: engines that computed the same thing agree. */
  readonly checksum?: number;
  readonly error?: string;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** Runs every selected workload and size on every selected engine; `log` hears of each result. */
export async function runBenchmark(options: Options, log: (m: Measurement) => void = () => {}): Promise<Measurement[]> {
  const engines = options.engines.map((id) => ({ id, engine: createEngine(id) }));
  const results: Measurement[] = [];
  for (const id of options.workloads) {
    for (const size of options.sizes.get(id) ?? workload(id).sizes) {
      const batch =
        id === 'memory'
          ? await Promise.all(engines.map(async ({ id: e }) => memoryRun(e, size, options.sizes.get('mlp-step')?.[0] ?? MEMORY_BATCH)))
          : await timedRuns(engines, id, size, options);
      for (const m of batch) {
        results.push(m);
        log(m);
      }
    }
  }
  return results;
}

async function memoryRun(engine: EngineId, steps: number, batch: number): Promise<Measurement> {
  const base = { workload: 'memory' as const, size: steps, engine };
  try {
    const memory = await measureMemory(engine, steps, batch);
    return { ...base, value: memory.peakMB, memory };
  } catch (e) {
    return { ...base, value: null, error: message(e) };
  }
}

interface Entry {
  readonly id: EngineId;
  readonly engine: Engine;
  task?: Task;
  times: number[];
  error?: string;
}

/**
 * Makes every engine's task, then lets the engines take turns (`timing.rounds`), each turn
 * timing some repetitions; the median is over all of an engine's repetitions.
 */
async function timedRuns(
  engines: readonly { id: EngineId; engine: Engine }[],
  id: Exclude<WorkloadId, 'memory'>,
  size: number,
  options: Options,
): Promise<Measurement[]> {
  const entries: Entry[] = engines.map((e) => ({ ...e, times: [] }));
  const attempt = async (entry: Entry, body: (task: Task) => Promise<void>) => {
    if (entry.error !== undefined || !entry.task) return;
    try {
      await entry.engine.start();
      await body(entry.task);
    } catch (e) {
      entry.error = message(e);
    }
  };
  for (const entry of entries) {
    try {
      await entry.engine.start();
      entry.task = entry.engine.task(id, size);
    } catch (e) {
      entry.error = message(e);
    }
  }
  for (const entry of entries) await attempt(entry, (task) => warm(task, options.timing));
  for (let round = 0; round < Math.max(1, options.timing.rounds); round++) {
    // No forced collection between turns: it would also throw away V8's allocation feedback.
    for (const entry of entries) await attempt(entry, async (task) => void entry.times.push(...(await timeTurn(task, options.timing))));
  }
  const results: Measurement[] = [];
  for (const entry of entries) {
    const base = { workload: id, size, engine: entry.id };
    let checksum: number | undefined;
    await attempt(entry, async (task) => void (checksum = task.checksum()));
    try {
      entry.task?.close();
    } catch (e) {
      entry.error ??= message(e);
    }
    if (entry.error !== undefined) results.push({ ...base, value: null, error: entry.error });
    else {
      const ms = stats(entry.times);
      results.push({ ...base, value: workload(id).metric(ms.median, size), ms, checksum });
    }
  }
  collect();
  return results;
}
