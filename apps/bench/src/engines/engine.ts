import type { WorkloadId } from '../workloads';

export const ENGINE_IDS = ['tensortape-f32', 'tensortape-f64', 'tfjs-cpu', 'tfjs-wasm', 'jax-wasm'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/**
 * One repetition of a workload on one engine, with its inputs already made. `run` is what the
 * benchmark times: it returns once the result is computed (a promise for engines that compute
 * lazily). Reading the result back is not timed.
 */
export interface Task {
  run(): void | Promise<void>;
  /** The sum of the last repetition's output values (the smoke test compares engines by it). */
  checksum(): number;
  /** Releases the inputs and the last output (engines without a garbage collector need it). */
  close(): void;
}

/** A library (and backend, and dtype) the benchmark measures. */
export interface Engine {
  readonly id: EngineId;
  /** Starts the library and selects its backend; called before each batch of tasks. */
  start(): Promise<void>;
  /** The library's version and configuration, for the report. */
  describe(): string;
  /** A workload at one size, ready to run. The `memory` workload uses `mlp-step` tasks. */
  task(workload: Exclude<WorkloadId, 'memory'>, size: number): Task;
}

/** Adds up a result's values in float64. */
export function sumOf(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}
