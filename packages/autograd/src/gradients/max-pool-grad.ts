import { MaxPoolGrad, maxPoolGradGrad as maxPoolGradGradOp, type Pool2DAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, repeatForRows, unfoldBatch, zerosWithBatch } from './batch';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/**
 * Linear in dy, whose gradient gathers the upstream at the argmax positions; the argmax is
 * piecewise constant in x, so x and y get zeros (TF's _MaxPoolGradGrad). Rows run as more
 * examples, each with its own copy of x and y.
 */
export const maxPoolGradGrad: GradientConfig = {
  kernelName: MaxPoolGrad,
  batchable: true,
  gradFunc: ([grad], node) => {
    const { x, y } = tensorInputs(node);
    const a = node.attrs as unknown as Pool2DAttrs;
    const batch = batchRank(grad!, node.outputs[0]!);
    const copies = (t: Tensor) => repeatForRows(t, grad!, batch);
    return {
      x: () => zerosWithBatch(grad!, batch, x!),
      y: () => zerosWithBatch(grad!, batch, y!),
      dy: () =>
        unfoldBatch(maxPoolGradGradOp(copies(x!), copies(y!), foldBatch(grad!, batch), a.ksize, a.strides, explicitPadding(a), a.dataFormat), grad!, batch),
    };
  },
};
