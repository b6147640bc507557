import { Prng } from './prng';

/**
 * TF's two-level seeding: `setSeed` fixes the global seed, an op's `seed` option picks a
 * stream under it. Each (global, op) pair is one generator that advances across calls, so a
 * program's random values repeat when it is rerun after the same `setSeed`.
 */
let globalSeed: number | undefined;
const streams = new Map<string, Prng>();

/** Sets the global random seed (TF `tf.random.set_seed`) and restarts every seeded stream. */
export function setSeed(seed: number): void {
  if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
  globalSeed = seed;
  streams.clear();
}

/** The generator an op with this `seed` option draws from. */
export function generatorFor(opSeed: number | undefined): Prng {
  if (globalSeed === undefined && opSeed === undefined) {
    return new Prng((Math.random() * 2 ** 32) >>> 0);
  }
  const key = `${globalSeed ?? 87654321}:${opSeed ?? 'auto'}`;
  let prng = streams.get(key);
  if (!prng) {
    prng = new Prng(Math.imul(globalSeed ?? 87654321, 0x27d4eb2d) ^ (opSeed ?? 0x165667b1));
    streams.set(key, prng);
  }
  return prng;
}
