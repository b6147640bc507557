import { MaxPool, maxPoolGrad as maxPoolGradOp, type Pool2DAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, repeatForRows, unfoldBatch } from './batch';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/** The upstream gradient goes to each window's first largest element. */
export const maxPoolGrad: GradientConfig = {
  kernelName: MaxPool,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const a = node.attrs as unknown as Pool2DAttrs;
    const batch = batchRank(dy!, node.outputs[0]!);
    // A batched dy's rows run as more examples, each row with its own copy of x and y.
    const copies = (t: Tensor) => repeatForRows(t, dy!, batch);
    const grad = () => maxPoolGradOp(copies(x!), copies(node.outputs[0]!), foldBatch(dy!, batch), a.ksize, a.strides, explicitPadding(a), a.dataFormat);
    return { x: () => unfoldBatch(grad(), dy!, batch) };
  },
};
