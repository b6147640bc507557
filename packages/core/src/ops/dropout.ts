import { isFloatDType } from '../dtypes';
import { ValueError } from '../errors';
import { formatDType } from '../python-text';
import { uniform } from '../random/uniform';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { cast } from './cast';
import { greaterEqual } from './greater-equal';
import { multiply } from './multiply';

export interface DropoutOptions {
  /** The shape of the keep/drop decisions, broadcast over `x`; `null` entries take x's size. */
  noiseShape?: readonly (number | null)[];
  /** The op seed; see `tf.random.setSeed` for the global one. */
  seed?: number;
}

/**
 * Zeroes each element of `x` with probability `rate` and scales the kept ones by
 * `1 / (1 - rate)`, so the expected sum is unchanged (TF `tf.nn.dropout`). Elements along
 * dimensions where `noiseShape` is 1 are kept or dropped together.
 *
 * @example
 * tf.dropout(tf.ones([4]), 0.5, { seed: 1 }); // e.g. [2. 0. 2. 2.]
 */
export function dropout(x: Input, rate: number, options: DropoutOptions = {}): Tensor {
  if (typeof rate !== 'number' || !(rate >= 0 && rate < 1)) {
    throw new ValueError(`\`rate\` must be a scalar tensor or a float in the range [0, 1). Received: rate=${String(rate)}`);
  }
  const t = convertToTensor(x);
  if (!isFloatDType(t.dtype)) {
    throw new ValueError(`\`x.dtype\` must be a floating point tensor as \`x\` will be scaled. Received: x_dtype=${formatDType(t.dtype)}`);
  }
  if (rate === 0) return t;
  const noiseShape = options.noiseShape?.map((d, i) => d ?? (t.shape[i] as number)) ?? t.shape;
  const keep = greaterEqual(uniform(noiseShape, { dtype: t.dtype, seed: options.seed }), rate);
  return multiply(multiply(t, 1 / (1 - rate)), cast(keep, t.dtype));
}
