import { runKernel } from '../engine';
import { Gelu } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, FLOATS } from './check-dtype';

/**
 * Element-wise Gaussian error linear unit, `x * P(X <= x)` for a standard normal X:
 * `0.5 * x * (1 + erf(x / √2))`, or with `approximate` the tanh form
 * `0.5 * x * (1 + tanh(√(2/π) * (x + 0.044715 * x³)))` (TF `tf.nn.gelu`).
 *
 * @example
 * tf.gelu(tf.constant([-1, 1])); // [-0.15865526  0.8413447 ]
 */
export function gelu(features: Input, approximate = false): Tensor {
  const t = convertToTensor(features);
  checkDType(t.dtype, FLOATS, Gelu);
  return runKernel(Gelu, { x: t }, { approximate });
}
