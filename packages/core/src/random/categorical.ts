import { type DType, kernelTypeName } from '../dtypes';
import { runKernel, tensorFromValues } from '../engine';
import { kernelError, opError } from '../errors';
import { Multinomial } from '../kernel-names';
import { checkDType, NUMERIC } from '../ops/check-dtype';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { generatorFor } from './seed';

export interface CategoricalOptions {
  /** The dtype of the class indices: int32 (TF's default int64 does not exist here). */
  dtype?: DType;
  /** The op seed; see `tf.random.setSeed` for the global one. */
  seed?: number;
}

/**
 * Draws `numSamples` class indices from each row of `logits` [batch, classes], with
 * probabilities `softmax(logits)` (TF `tf.random.categorical`).
 *
 * @example
 * tf.random.categorical(tf.log(tf.constant([[0.5, 0.5]])), 5, { seed: 2 }); // [[0 1 1 0 1]]-like
 */
export function categorical(logits: Input, numSamples: number, options: CategoricalOptions = {}): Tensor {
  const { dtype = 'int32', seed } = options;
  const l = convertToTensor(logits);
  checkDType(l.dtype, NUMERIC, Multinomial);
  if (dtype !== 'int32') {
    throw opError(Multinomial, `Value for attr 'output_dtype' of ${kernelTypeName(dtype)} is not in the list of allowed values: int32, int64`);
  }
  if (l.rank !== 2) throw kernelError(Multinomial, `logits should be a matrix, got shape [${l.shape.join(',')}]`);
  if (!Number.isInteger(numSamples) || numSamples < 0) throw kernelError(Multinomial, `num_samples should be nonnegative, got ${numSamples}`);
  const [batch, classes] = l.shape as [number, number];
  if (classes <= 0) throw kernelError(Multinomial, `num_classes should be positive, got ${classes}`);
  // Drawn here rather than in the kernel, so a seed gives the same samples on every backend.
  const u = new Float64Array(batch * numSamples);
  const prng = generatorFor(seed);
  for (let i = 0; i < u.length; i++) u[i] = prng.nextDouble();
  return runKernel(Multinomial, { logits: l, uniforms: tensorFromValues(u, [batch, numSamples], 'float64') });
}
