import { AvgPool, avgPoolGrad as avgPoolGradOp, type Pool2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, foldedShape, unfoldBatch } from './batch';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

export const avgPoolGrad: GradientConfig = {
  kernelName: AvgPool,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const a = node.attrs as unknown as Pool2DAttrs;
    const batch = batchRank(dy!, node.outputs[0]!);
    // A batched dy's rows run as more examples.
    const grad = () => avgPoolGradOp(foldedShape(x!.shape, dy!, batch), foldBatch(dy!, batch), a.ksize, a.strides, explicitPadding(a), a.dataFormat);
    return { x: () => unfoldBatch(grad(), dy!, batch) };
  },
};
