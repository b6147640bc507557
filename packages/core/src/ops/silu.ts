import { runKernel } from '../engine';
import { Silu } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, FLOATS } from './check-dtype';

/**
 * Element-wise sigmoid linear unit (swish), `x * sigmoid(beta * x)` (TF `tf.nn.silu`). `beta` is
 * a constant here: no gradient flows to it.
 *
 * @example
 * tf.silu(tf.constant([-1, 1])); // [-0.26894143  0.7310586 ]
 */
export function silu(features: Input, beta = 1): Tensor {
  const t = convertToTensor(features);
  checkDType(t.dtype, FLOATS, Silu);
  return runKernel(Silu, { x: t }, { beta });
}
