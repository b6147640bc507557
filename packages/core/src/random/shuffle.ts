import { gather } from '../ops/gather';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { generatorFor } from './seed';

/**
 * Shuffles `value` along its first dimension (TF `tf.random.shuffle`). A gather by a random
 * permutation, so (unlike TF's kernel) it is differentiable: the gradient unshuffles.
 *
 * @example
 * tf.random.shuffle(tf.constant([[1, 2], [3, 4], [5, 6]]), { seed: 4 }); // the rows, reordered
 */
export function shuffle(value: Input, options: { seed?: number } = {}): Tensor {
  const t = convertToTensor(value);
  if (t.rank === 0) return t;
  const n = t.shape[0] as number;
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const prng = generatorFor(options.seed);
  // Fisher–Yates.
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(prng.nextDouble() * (i + 1));
    [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
  }
  return gather(t, perm);
}
