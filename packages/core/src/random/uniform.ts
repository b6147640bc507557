import { type DType, typedArrayFor } from '../dtypes';
import { tensorFromValues } from '../engine';
import { opError, ValueError } from '../errors';
import { checkShape, sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { toTypedArray } from '../tensor-like';
import { generatorFor } from './seed';

export interface UniformOptions {
  /** Inclusive lower bound, 0 by default. */
  minval?: number | bigint;
  /** Exclusive upper bound: 1 by default for floats, required for int32. */
  maxval?: number | bigint;
  dtype?: DType;
  /** The op seed; see `tf.random.setSeed` for the global one. */
  seed?: number;
}

/**
 * Samples uniformly from [minval, maxval) (TF `tf.random.uniform`); int32 needs `maxval`.
 *
 * @example
 * tf.random.uniform([2], { minval: -1, maxval: 1, seed: 3 });
 * tf.random.uniform([3], { maxval: 10, dtype: 'int32', seed: 3 }); // integers in [0, 10)
 */
export function uniform(shape: readonly number[], options: UniformOptions = {}): Tensor {
  const { dtype = 'float32', seed } = options;
  checkShape(shape);
  if (dtype !== 'float32' && dtype !== 'float64' && dtype !== 'int32') throw new ValueError(`Invalid dtype tf.${dtype}`);
  if (options.maxval === undefined && dtype === 'int32') throw new ValueError(`Must specify maxval for integer dtype tf.${dtype}`);
  // The bounds convert to the dtype as TF's convert_to_tensor does (1.5 is refused for int32).
  const [minval, maxval] = toTypedArray([options.minval ?? 0, options.maxval ?? 1], dtype) as unknown as [number, number];
  const values = typedArrayFor(dtype, sizeOf(shape));
  const prng = generatorFor(seed);
  if (dtype === 'int32') {
    if (!(minval < maxval)) throw opError('RandomUniformInt', `Need minval < maxval: ${minval} >= ${maxval}`);
    const range = maxval - minval;
    for (let i = 0; i < values.length; i++) values[i] = minval + Math.floor(prng.nextDouble() * range);
  } else {
    // float32 samples take 24 random bits, so that [0, 1) never rounds up to 1.
    const next = dtype === 'float32' ? () => (prng.nextUint32() >>> 8) / 16777216 : () => prng.nextDouble();
    for (let i = 0; i < values.length; i++) values[i] = minval + (maxval - minval) * next();
  }
  return tensorFromValues(values, [...shape], dtype);
}
