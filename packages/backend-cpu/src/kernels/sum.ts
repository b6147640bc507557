import { Sum, type KernelConfig, type TypedArray } from '@tensortape/core';
import { reduceKernel, type Fold } from './reduce';

/**
 * x[0] + … + x[n - 1] in eight partial sums: they break the chain of dependent additions and
 * unroll the loop (about twice as fast as adding in order), and a loop that counts from 0 lets
 * V8 drop a check per load (another sixth).
 */
function total(x: TypedArray, n: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  let i = 0;
  for (; i + 7 < n; i += 8) {
    s0 += x[i] as number;
    s1 += x[i + 1] as number;
    s2 += x[i + 2] as number;
    s3 += x[i + 3] as number;
    s4 += x[i + 4] as number;
    s5 += x[i + 5] as number;
    s6 += x[i + 6] as number;
    s7 += x[i + 7] as number;
  }
  for (; i < n; i++) s0 += x[i] as number;
  return s0 + s1 + (s2 + s3) + (s4 + s5 + (s6 + s7));
}

/** `total`'s source again, for float32 arrays only (see `BinaryLoops.same32`). */
function total32(x: Float32Array, n: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  let i = 0;
  for (; i + 7 < n; i += 8) {
    s0 += x[i] as number;
    s1 += x[i + 1] as number;
    s2 += x[i + 2] as number;
    s3 += x[i + 3] as number;
    s4 += x[i + 4] as number;
    s5 += x[i + 5] as number;
    s6 += x[i + 6] as number;
    s7 += x[i + 7] as number;
  }
  for (; i < n; i++) s0 += x[i] as number;
  return s0 + s1 + (s2 + s3) + (s4 + s5 + (s6 + s7));
}

/** Runs shorter than this add in order; longer ones use `total` on a view of the run. */
const LONG = 256;

function inOrder(acc: number, x: TypedArray, start: number, n: number): number {
  for (let i = start; i < start + n; i++) acc += x[i] as number;
  return acc;
}

/** Sums written out (see `Fold`), with float32 inputs on loops of their own. */
const sumFold: Fold = {
  init: 0,
  step: (acc, v) => acc + v,
  run: (acc, x, start, n) => (n < LONG ? inOrder(acc, x, start, n) : acc + total(start === 0 ? x : x.subarray(start, start + n), n)),
  run32: (acc, x, start, n) => (n < LONG ? inOrder(acc, x, start, n) : acc + total32(start === 0 ? x : x.subarray(start, start + n), n)),
  columns: (acc, o, x, start, n) => {
    for (let j = 0; j < n; j++) acc[o + j] = (acc[o + j] as number) + (x[start + j] as number);
  },
};

export const sumKernel: KernelConfig = { kernelName: Sum, backendName: 'cpu', kernelFunc: reduceKernel(() => sumFold) };
