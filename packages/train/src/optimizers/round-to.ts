import type { DType } from '@tensortape/core';

/** A hyperparameter as the variable's dtype holds it (float32 rounds, float64 keeps it). */
export function roundTo(dtype: DType, x: number): number {
  return dtype === 'float32' ? Math.fround(x) : x;
}
