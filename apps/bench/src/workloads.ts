/**
 * The workloads of the benchmark. Each is measured at one or more sizes; `size` is the one number
 * that varies (what it means is in `sizeMeaning`), the rest is fixed by the issue that asked for
 * the benchmark.
 */

export const WORKLOAD_IDS = [
  'matmul',
  'elementwise',
  'broadcast-add',
  'reduce-sum',
  'reduce-sum-rows',
  'softmax',
  'conv2d',
  'mlp-step',
  'tape',
  'jacobian',
  'memory',
] as const;

export type WorkloadId = (typeof WORKLOAD_IDS)[number];

/** What a workload reports: milliseconds, GFLOP/s, microseconds per op or megabytes. */
export type Unit = 'ms' | 'GFLOP/s' | 'µs/op' | 'MB';

export interface Workload {
  readonly id: WorkloadId;
  readonly title: string;
  readonly unit: Unit;
  /** Whether a larger figure is better (GFLOP/s) or worse (time, memory). */
  readonly higherIsBetter: boolean;
  readonly sizeMeaning: string;
  readonly sizes: readonly number[];
  /** Sizes for the smoke test: every code path, in milliseconds. */
  readonly tinySizes: readonly number[];
  /** The reported figure from the median milliseconds of one repetition (memory measures MB itself). */
  readonly metric: (ms: number, size: number) => number;
  /** A short description of one repetition at `size`, for the table. */
  readonly describe: (size: number) => string;
}

const asMs = (ms: number) => ms;
const unused = () => NaN;

/** The MLP of the `mlp-step` and `memory` workloads (batch varies). */
export const MLP = { inputs: 784, hidden: 256, classes: 10 } as const;
/** The batch of the `memory` workload's MLP steps when `mlp-step` names none. */
export const MEMORY_BATCH = 128;
/** The convolution of the `conv2d` workload (batch varies). */
export const CONV = { height: 32, width: 32, inChannels: 16, outChannels: 32, filter: 3 } as const;

export const WORKLOADS: readonly Workload[] = [
  {
    id: 'matmul',
    title: 'matmul N×N',
    unit: 'GFLOP/s',
    higherIsBetter: true,
    sizeMeaning: 'N',
    sizes: [128, 256, 512, 1024],
    tinySizes: [7],
    metric: (ms, n) => (2 * n ** 3) / (ms * 1e6),
    describe: (n) => `${n}×${n}`,
  },
  {
    id: 'elementwise',
    title: 'a*b + c (two eager ops)',
    unit: 'ms',
    higherIsBetter: false,
    sizeMeaning: 'elements',
    sizes: [2 ** 20],
    tinySizes: [37],
    metric: asMs,
    describe: (n) => elements(n),
  },
  {
    id: 'broadcast-add',
    title: 'broadcast add (N×N) + (N)',
    unit: 'ms',
    higherIsBetter: false,
    sizeMeaning: 'N',
    sizes: [1024],
    tinySizes: [5],
    metric: asMs,
    describe: (n) => `${n}×${n} + ${n}`,
  },
  {
    id: 'reduce-sum',
    title: 'reduceSum, all elements',
    unit: 'ms',
    higherIsBetter: false,
    sizeMeaning: 'elements',
    sizes: [2 ** 20],
    tinySizes: [37],
    metric: asMs,
    describe: (n) => elements(n),
  },
  {
    id: 'reduce-sum-rows',
    title: 'reduceSum over the last axis',
    unit: 'ms',
    higherIsBetter: false,
    sizeMeaning: 'N',
    sizes: [1024],
    tinySizes: [5],
    metric: asMs,
    describe: (n) => `${n}×${n}`,
  },
  {
    id: 'softmax',
    title: 'softmax over the last axis',
    unit: 'ms',
    higherIsBetter: false,
    sizeMeaning: 'N',
    sizes: [1024],
    tinySizes: [5],
    metric: asMs,
    describe: (n) => `${n}×${n}`,
  },
  {
    id: 'conv2d',
    title: `conv2d ${CONV.height}×${CONV.width}×${CONV.inChannels} → ${CONV.outChannels}, ${CONV.filter}×${CONV.filter}, SAME`,
    unit: 'ms',
    higherIsBetter: false,
    sizeMeaning: 'batch',
    sizes: [8],
    tinySizes: [1],
    metric: asMs,
    describe: (b) => `batch ${b}`,
  },
  {
    id: 'mlp-step',
    title: `MLP step ${MLP.inputs} → ${MLP.hidden} (relu) → ${MLP.classes}, softmax CE, SGD`,
    unit: 'ms',
    higherIsBetter: false,
    sizeMeaning: 'batch',
    sizes: [128],
    tinySizes: [3],
    metric: asMs,
    describe: (b) => `batch ${b}`,
  },
  {
    id: 'tape',
    title: 'tape overhead: y = y*1.0001 + 0.001 on a scalar, then its gradient',
    unit: 'µs/op',
    higherIsBetter: false,
    sizeMeaning: 'repetitions (2 ops each)',
    sizes: [500],
    tinySizes: [5],
    metric: (ms, reps) => (ms * 1000) / (2 * reps),
    describe: (r) => `${r} × 2 ops`,
  },
  {
    id: 'jacobian',
    title: 'Jacobian of tanh(W·x / √N) with respect to x, W N×N',
    unit: 'ms',
    higherIsBetter: false,
    sizeMeaning: 'N',
    sizes: [256],
    tinySizes: [5],
    metric: asMs,
    describe: (n) => `${n}×${n}`,
  },
  {
    id: 'memory',
    title: 'peak memory of MLP steps (batch as mlp-step)',
    unit: 'MB',
    higherIsBetter: false,
    sizeMeaning: 'steps',
    sizes: [200],
    tinySizes: [2],
    metric: unused,
    describe: (s) => `${s} steps`,
  },
];

export function workload(id: WorkloadId): Workload {
  const w = WORKLOADS.find((x) => x.id === id);
  if (!w) throw new Error(`Unknown workload '${id}'.`);
  return w;
}

function elements(n: number): string {
  const log = Math.log2(n);
  return Number.isInteger(log) ? `2^${log}` : String(n);
}
