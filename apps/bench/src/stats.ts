/** Summary statistics of repeated timings. */
export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Interquartile range relative to the median: how noisy the repetitions were. */
  readonly spread: number;
  readonly samples: number;
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Linear-interpolated quantile of `xs` (not modified). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

export function stats(xs: readonly number[]): Stats {
  const m = median(xs);
  return {
    median: m,
    min: Math.min(...xs),
    max: Math.max(...xs),
    spread: m === 0 ? 0 : (quantile(xs, 0.75) - quantile(xs, 0.25)) / m,
    samples: xs.length,
  };
}
