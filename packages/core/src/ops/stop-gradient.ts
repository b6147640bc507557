import { runKernel } from '../engine';
import { StopGradient } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';

/**
 * The same values, but gradients do not flow through (TF `tf.stop_gradient`): tapes do not
 * record it, so anything computed only through it has a null gradient. A variable comes back
 * as a plain tensor.
 *
 * @example
 * const x = new tf.Variable(2);
 * const tape = new tf.GradientTape();
 * const y = tape.record(() => x.multiply(tf.stopGradient(x)));
 * tape.gradient(y, x); // 2.0, not 4.0
 */
export function stopGradient(x: Input): Tensor {
  return runKernel(StopGradient, { x: convertToTensor(x) });
}
