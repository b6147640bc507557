import { type DType, typedArrayFor } from '../dtypes';
import { tensorFromValues } from '../engine';
import type { Tensor } from '../tensor';
import { checkShape, sizeOf } from '../shape';
import { checkDType, FLOATS } from '../ops/check-dtype';
import { generatorFor } from './seed';

export interface NormalOptions {
  mean?: number;
  stddev?: number;
  dtype?: DType;
  /** The op seed; see `tf.random.setSeed` for the global one. */
  seed?: number;
}

/**
 * Samples from a normal distribution (TF `tf.random.normal`).
 *
 * @example
 * tf.random.setSeed(1);
 * tf.random.normal([2, 2], { stddev: 0.1 });
 */
export function normal(shape: readonly number[], options: NormalOptions = {}): Tensor {
  const { mean = 0, stddev = 1, dtype = 'float32', seed } = options;
  checkShape(shape);
  checkDType(dtype, FLOATS, 'RandomStandardNormal');
  const values = typedArrayFor(dtype, sizeOf(shape));
  const prng = generatorFor(seed);
  for (let i = 0; i < values.length; i++) values[i] = mean + stddev * prng.nextNormal();
  return tensorFromValues(values, [...shape], dtype);
}
