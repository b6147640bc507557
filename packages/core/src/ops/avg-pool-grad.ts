import { runKernel } from '../engine';
import { AvgPoolGrad } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, FLOATS } from './check-dtype';
import { checkPoolShape, poolSetup } from './pool-args';
import { checkShapeArg, type Padding2D, type WindowArg } from './window-2d';

/**
 * The gradient of {@link avgPool} for an input of shape `origInputShape` (TF
 * `tf.raw_ops.AvgPoolGrad`): each element of `grad` is shared evenly by its window's elements.
 *
 * @example
 * tf.avgPoolGrad([1, 2, 2, 1], tf.constant([[[[4]]]]), 2, 2, 'VALID'); // [[1 1] [1 1]] as [1, 2, 2, 1]
 */
export function avgPoolGrad(
  origInputShape: readonly number[],
  grad: Input,
  ksize: WindowArg,
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: 'NHWC' | 'NCHW' = 'NHWC',
): Tensor {
  const dy = convertToTensor(grad);
  checkDType(dy.dtype, FLOATS, AvgPoolGrad);
  checkShapeArg(origInputShape, 'orig_input_shape', AvgPoolGrad);
  const { attrs, outShape } = poolSetup(origInputShape, ksize, strides, padding, dataFormat, AvgPoolGrad);
  checkPoolShape(dy.shape, outShape, 'grad', AvgPoolGrad);
  return runKernel(AvgPoolGrad, { dy }, { ...attrs, inputShape: [...origInputShape] });
}
