import { runKernel } from '../engine';
import { MaxPoolGrad } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { FLOATS } from './check-dtype';
import { sameDTypeOperands } from './conv-args';
import { checkPoolShape, poolSetup } from './pool-args';
import type { Padding2D, WindowArg } from './window-2d';

/**
 * The gradient of {@link maxPool} (TF `tf.raw_ops.MaxPoolGrad`): each element of `grad` (shaped as
 * the pool's output `origOutput`) goes to the first largest element of its window in `origInput`.
 *
 * @example
 * const x = tf.constant([[[[1], [3]], [[2], [0]]]]);
 * tf.maxPoolGrad(x, tf.maxPool(x, 2, 2, 'VALID'), tf.constant([[[[10]]]]), 2, 2, 'VALID');
 * // [[0 10] [0 0]] as a [1, 2, 2, 1] tensor
 */
export function maxPoolGrad(
  origInput: Input,
  origOutput: Input,
  grad: Input,
  ksize: WindowArg,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
): Tensor {
  const [x, y, dy] = sameDTypeOperands([origInput, origOutput, grad], [0, 1, 2], FLOATS, MaxPoolGrad) as [Tensor, Tensor, Tensor];
  const { attrs, outShape } = poolSetup(x.shape, ksize, strides, padding, dataFormat, MaxPoolGrad);
  checkPoolShape(y.shape, outShape, 'orig_output', MaxPoolGrad);
  checkPoolShape(dy.shape, outShape, 'grad', MaxPoolGrad);
  return runKernel(MaxPoolGrad, { x, y, dy }, { ...attrs });
}
