import type { EngineId } from './engines';
import type { Measurement } from './run';
import { workload, type WorkloadId } from './workloads';

/** How many times better tensortape (float32) is than `peer` on a result: above 1 is better. */
export function speedup(results: readonly Measurement[], id: WorkloadId, size: number, peer: EngineId): number | null {
  const find = (engine: EngineId) => results.find((r) => r.workload === id && r.size === size && r.engine === engine)?.value ?? null;
  const ours = find('tensortape-f32');
  const theirs = find(peer);
  if (ours === null || theirs === null || ours <= 0 || theirs <= 0) return null;
  return workload(id).higherIsBetter ? ours / theirs : theirs / ours;
}

/** A speed target of the issue: tensortape float32 at least `factor` times better than `peer`. */
export interface Target {
  readonly text: string;
  readonly workload: WorkloadId;
  readonly size: number;
  readonly peer: EngineId;
  readonly factor: number;
}

export const TARGETS: readonly Target[] = [
  { text: 'matmul 512: at least 4× TensorFlow.js cpu', workload: 'matmul', size: 512, peer: 'tfjs-cpu', factor: 4 },
  { text: 'a*b + c: at least 10× faster than TensorFlow.js cpu', workload: 'elementwise', size: 2 ** 20, peer: 'tfjs-cpu', factor: 10 },
  { text: 'a*b + c: within 1.5× of TensorFlow.js wasm', workload: 'elementwise', size: 2 ** 20, peer: 'tfjs-wasm', factor: 1 / 1.5 },
  { text: 'reduceSum 2^20: no slower than TensorFlow.js wasm', workload: 'reduce-sum', size: 2 ** 20, peer: 'tfjs-wasm', factor: 1 },
  { text: 'MLP step: at least 3× faster than TensorFlow.js cpu', workload: 'mlp-step', size: 128, peer: 'tfjs-cpu', factor: 3 },
  { text: 'tape overhead: at most 1/5 of TensorFlow.js cpu', workload: 'tape', size: 500, peer: 'tfjs-cpu', factor: 5 },
  { text: 'tape overhead: at most 1/10 of jax-js', workload: 'tape', size: 500, peer: 'jax-wasm', factor: 10 },
];

export interface TargetResult extends Target {
  /** The measured speedup, or null when the run did not include both sides. */
  readonly speedup: number | null;
  readonly met: boolean | null;
}

export function checkTargets(results: readonly Measurement[]): TargetResult[] {
  return TARGETS.map((t) => {
    const s = speedup(results, t.workload, t.size, t.peer);
    return { ...t, speedup: s, met: s === null ? null : s >= t.factor };
  });
}
