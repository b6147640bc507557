import type { Task } from './engines';

export interface MemoryReport {
  /** Peak resident memory above the level after the first (warm-up) step, in MB. */
  readonly peakMB: number;
  /** Heap and array-buffer memory after a full collection at checkpoints through the loop, in MB. */
  readonly settledMB: readonly number[];
  /** The last checkpoint minus the first: what the loop kept, in MB. */
  readonly growthMB: number;
  readonly steps: number;
}

const MB = 1024 * 1024;

/** A full collection where the process allows one (`--expose-gc`); else nothing. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Heap and array-buffer memory once garbage is collected. Finalizers (which keep weak cells
 * until they run) run in a later task, so it lets the event loop turn around each collection.
 */
async function settled(): Promise<number> {
  for (let i = 0; i < 2; i++) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  collect();
  const m = process.memoryUsage();
  return (m.heapUsed + m.external) / MB;
}

/**
 * Runs `steps` repetitions of a training step, sampling resident memory after each. Settled
 * memory is read after a collection at the start and at four checkpoints, so a leak shows as
 * growth between them.
 */
export async function memoryLoop(task: Task, steps: number): Promise<MemoryReport> {
  await task.run();
  const checkpoints = new Set([1, 2, 3, 4].map((q) => Math.max(1, Math.round((steps * q) / 4))));
  const marks = [await settled()];
  const base = process.memoryUsage.rss();
  let peak = base;
  for (let i = 1; i <= steps; i++) {
    await task.run();
    peak = Math.max(peak, process.memoryUsage.rss());
    if (checkpoints.has(i)) marks.push(await settled());
  }
  task.checksum();
  task.close();
  return {
    peakMB: (peak - base) / MB,
    settledMB: marks,
    growthMB: (marks[marks.length - 1] as number) - (marks[0] as number),
    steps,
  };
}
