import type { Task } from './engines/engine';

export interface Timing {
  /** Untimed repetitions first, so that the JIT, caches and lazy compilation settle… */
  readonly warmup: number;
  /** …and more of them until this much time has passed (cheap workloads need hundreds). */
  readonly warmupMs: number;
  /**
   * Engines take turns this many times per workload, each turn timing a share of the
   * repetitions: a burst of load on a shared machine then spreads over every engine.
   */
  readonly rounds: number;
  /** At least this many timed repetitions in all… */
  readonly minReps: number;
  /** …and more, up to `maxReps`, while the timed total stays under `budgetMs`. */
  readonly maxReps: number;
  readonly budgetMs: number;
}

export const DEFAULT_TIMING: Timing = { warmup: 2, warmupMs: 500, rounds: 3, minReps: 9, maxReps: 30, budgetMs: 1500 };

/** Runs `task` untimed, at least `timing.warmup` times and for at least `timing.warmupMs`. */
export async function warm(task: Task, timing: Timing): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < timing.warmup || performance.now() - start < timing.warmupMs; i++) await task.run();
}

/** One engine's turn: the milliseconds of each repetition, its share of `timing`'s. */
export async function timeTurn(task: Task, timing: Timing): Promise<number[]> {
  const rounds = Math.max(1, timing.rounds);
  const minReps = Math.ceil(timing.minReps / rounds);
  const maxReps = Math.max(minReps, Math.ceil(timing.maxReps / rounds));
  const budget = timing.budgetMs / rounds;
  const times: number[] = [];
  let total = 0;
  while (times.length < minReps || (times.length < maxReps && total < budget)) {
    const start = performance.now();
    const pending = task.run();
    if (pending) await pending;
    const ms = performance.now() - start;
    times.push(ms);
    total += ms;
  }
  return times;
}
