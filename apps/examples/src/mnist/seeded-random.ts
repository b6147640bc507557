/**
 * A small seeded generator (mulberry32) of floats in [0, 1). The example seeds its weights and
 * shuffles with it, so that the same seed gives the same run however often it is called
 * (tensortape's op seeds, like TF's, give a new stream on each call).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
