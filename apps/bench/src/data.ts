/**
 * Deterministic inputs, so that every engine computes on the same values and their results can
 * be compared (the smoke test does).
 */

/** `n` values in [lo, hi) from a small linear congruential generator seeded by `seed`. */
export function randomValues(n: number, seed: number, lo = -1, hi = 1): Float32Array {
  const out = new Float32Array(n);
  let s = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = lo + ((s >>> 8) / 16777216) * (hi - lo);
  }
  return out;
}

/** One-hot rows of `classes` for `batch` examples, example i labelled `(7 * i) % classes`. */
export function oneHotLabels(batch: number, classes: number): Float32Array {
  const out = new Float32Array(batch * classes);
  for (let i = 0; i < batch; i++) out[i * classes + ((7 * i) % classes)] = 1;
  return out;
}

/** The sizes of the MLP workload: `batch` examples of `inputs` features, `hidden` units, `classes`. */
export interface MlpShape {
  readonly batch: number;
  readonly inputs: number;
  readonly hidden: number;
  readonly classes: number;
}

/** The MLP's starting parameters and data, shared by every engine. */
export interface MlpData {
  readonly x: Float32Array;
  readonly labels: Float32Array;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

/** Glorot-uniform weights, zero biases, inputs in [0, 1). */
export function mlpData({ batch, inputs, hidden, classes }: MlpShape): MlpData {
  const glorot = (fanIn: number, fanOut: number, seed: number) => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return randomValues(fanIn * fanOut, seed, -limit, limit);
  };
  return {
    x: randomValues(batch * inputs, 11, 0, 1),
    labels: oneHotLabels(batch, classes),
    w1: glorot(inputs, hidden, 12),
    b1: new Float32Array(hidden),
    w2: glorot(hidden, classes, 13),
    b2: new Float32Array(classes),
  };
}

/** The learning rate of the MLP's plain SGD step. */
export const LEARNING_RATE = 0.1;

/** The tape workload's step: `y = y * SCALE + SHIFT`, repeated. */
export const TAPE_SCALE = 1.0001;
export const TAPE_SHIFT = 0.001;
export const TAPE_START = 1.5;
