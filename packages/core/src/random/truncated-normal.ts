import { type DType, typedArrayFor } from '../dtypes';
import { tensorFromValues } from '../engine';
import { checkDType, FLOATS } from '../ops/check-dtype';
import { checkShape, sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { generatorFor } from './seed';

export interface TruncatedNormalOptions {
  mean?: number;
  /** The standard deviation before truncation. */
  stddev?: number;
  dtype?: DType;
  /** The op seed; see `tf.random.setSeed` for the global one. */
  seed?: number;
}

/**
 * Samples from a normal distribution, redrawing every sample more than two standard deviations
 * from the mean (TF `tf.random.truncated_normal`).
 *
 * @example
 * tf.random.truncatedNormal([2, 2], { stddev: 0.1, seed: 1 }); // all within ±0.2
 */
export function truncatedNormal(shape: readonly number[], options: TruncatedNormalOptions = {}): Tensor {
  const { mean = 0, stddev = 1, dtype = 'float32', seed } = options;
  checkShape(shape);
  checkDType(dtype, FLOATS, 'TruncatedNormal');
  const values = typedArrayFor(dtype, sizeOf(shape));
  const prng = generatorFor(seed);
  for (let i = 0; i < values.length; i++) {
    let z: number;
    do z = prng.nextNormal();
    while (Math.abs(z) > 2);
    values[i] = mean + stddev * z;
  }
  return tensorFromValues(values, [...shape], dtype);
}
