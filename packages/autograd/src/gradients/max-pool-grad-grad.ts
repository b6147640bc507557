import { MaxPoolGradGrad, maxPoolGrad as maxPoolGradOp, type Pool2DAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, repeatForRows, unfoldBatch, zerosWithBatch } from './batch';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/**
 * A gather at the argmax positions, whose transpose is maxPoolGrad (TF's _MaxPoolGradGradGrad).
 * Rows run as more examples, each with its own copy of x and y.
 */
export const maxPoolGradGradGrad: GradientConfig = {
  kernelName: MaxPoolGradGrad,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x, y } = tensorInputs(node);
    const a = node.attrs as unknown as Pool2DAttrs;
    const batch = batchRank(dy!, node.outputs[0]!);
    const copies = (t: Tensor) => repeatForRows(t, dy!, batch);
    return {
      x: () => zerosWithBatch(dy!, batch, x!),
      y: () => zerosWithBatch(dy!, batch, y!),
      grad: () => unfoldBatch(maxPoolGradOp(copies(x!), copies(y!), foldBatch(dy!, batch), a.ksize, a.strides, explicitPadding(a), a.dataFormat), dy!, batch),
    };
  },
};
