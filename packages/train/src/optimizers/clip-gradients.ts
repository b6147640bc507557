import { clipByNorm, clipByValue, multiply, reduceSum, ValueError, type Tensor } from '@tensortape/core';

interface ClipOptions {
  readonly clipnorm?: number | undefined;
  readonly clipvalue?: number | undefined;
  readonly globalClipnorm?: number | undefined;
}

/** Keras allows one kind of clipping per optimizer. */
export function checkClipOptions(options: ClipOptions): void {
  const set = [options.clipnorm, options.clipvalue, options.globalClipnorm].filter((x) => x !== undefined);
  if (set.length > 1) {
    throw new ValueError(
      `Only one of \`clipnorm\`, \`clipvalue\` and \`global_clipnorm\` can be set. Received: clipnorm=${options.clipnorm}, clipvalue=${options.clipvalue}, global_clipnorm=${options.globalClipnorm}`,
    );
  }
  for (const x of set) if (!(x > 0)) throw new ValueError(`Gradient clipping thresholds must be > 0. Received: ${x}`);
}

/** Clips gradients as the optimizer's options say (Keras's `_clip_gradients`). */
export function clipGradients(grads: readonly Tensor[], options: ClipOptions): readonly Tensor[] {
  const { clipnorm, clipvalue, globalClipnorm } = options;
  if (clipnorm !== undefined) return grads.map((g) => clipByNorm(g, clipnorm));
  if (clipvalue !== undefined) return grads.map((g) => clipByValue(g, -clipvalue, clipvalue));
  if (globalClipnorm !== undefined) return clipByGlobalNorm(grads, globalClipnorm);
  return grads;
}

/**
 * Scales every gradient by `clip / max(globalNorm, clip)`, where the global norm is the L2 norm
 * of all gradients together (TF's `clip_by_global_norm`). The norm is summed in float64, so
 * float32 and float64 gradients may be mixed.
 */
function clipByGlobalNorm(grads: readonly Tensor[], clip: number): Tensor[] {
  let sumSquares = 0;
  for (const g of grads) sumSquares += reduceSum(multiply(g, g)).dataSync()[0] as number;
  const norm = Math.sqrt(sumSquares);
  if (!(norm > clip)) return [...grads];
  const scale = clip / norm;
  return grads.map((g) => multiply(g, scale));
}
