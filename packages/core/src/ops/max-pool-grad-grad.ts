import { runKernel } from '../engine';
import { MaxPoolGradGrad } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { sameDTypeOperands } from './conv-args';
import { checkPoolShape, poolSetup } from './pool-args';
import type { Padding2D, WindowArg } from './window-2d';

/**
 * The gradient of {@link maxPoolGrad} for its `grad` (TF `tf.raw_ops.MaxPoolGradGrad`): `grad`,
 * shaped as `origInput`, read at the first largest element of each window.
 *
 * @example
 * const x = tf.constant([[[[1], [3]], [[2], [0]]]]);
 * tf.maxPoolGradGrad(x, tf.maxPool(x, 2, 2, 'VALID'), tf.constant([[[[5], [6]], [[7], [8]]]]), 2, 2, 'VALID');
 * // [[[[6]]]]
 */
export function maxPoolGradGrad(
  origInput: Input,
  origOutput: Input,
  grad: Input,
  ksize: WindowArg,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
): Tensor {
  const [x, y, g] = sameDTypeOperands([origInput, origOutput, grad], [0, 1, 2], FLOATS, MaxPoolGradGrad) as [Tensor, Tensor, Tensor];
  const { attrs, outShape } = poolSetup(x.shape, ksize, strides, padding, dataFormat, MaxPoolGradGrad);
  checkPoolShape(y.shape, outShape, 'orig_output', MaxPoolGradGrad);
  checkPoolShape(g.shape, x.shape, 'grad', MaxPoolGradGrad);
  return runKernel(MaxPoolGradGrad, { x, y, grad: g }, { ...attrs });
}
