import { runKernel } from '../engine';
import { LeakyRelu } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { cast } from './cast';
import { checkDType, FLOATS } from './check-dtype';

/**
 * Element-wise `x > 0 ? x : alpha * x` (TF `tf.nn.leaky_relu`). As in TF, int32 features are
 * first cast to float32.
 *
 * @example
 * tf.leakyRelu(tf.constant([-1, 2])); // [-0.2  2. ]
 */
export function leakyRelu(features: Input, alpha = 0.2): Tensor {
  let t = convertToTensor(features);
  if (t.dtype === 'int32') t = cast(t, 'float32');
  checkDType(t.dtype, FLOATS, LeakyRelu);
  // TF's alpha attr is a float32, whatever the features' dtype.
  return runKernel(LeakyRelu, { x: t }, { alpha: Math.fround(alpha) });
}
