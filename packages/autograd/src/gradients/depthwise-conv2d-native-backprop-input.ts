import { depthwiseConv2d, DepthwiseConv2dNativeBackpropInput, depthwiseConv2dBackpropFilter, sizeOf, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, unfoldBatch } from './batch';
import { tensorInputs } from './inputs';
import { filterAsRows, repeatChannels, rowsAsChannels } from './rows-as-channels';
import { explicitPadding } from './window-args';

/**
 * Bilinear in (filter, dy), as TF's _DepthwiseConv2dNativeBackpropInputGrad. A batched
 * upstream's rows run as more examples for dy's gradient, and as more input channels for the
 * filter's (each with its copy of dy's channels).
 */
export const depthwiseConv2dNativeBackpropInputGrad: GradientConfig = {
  kernelName: DepthwiseConv2dNativeBackpropInput,
  batchable: true,
  gradFunc: ([grad], node) => {
    const { filter, dy } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    const batch = batchRank(grad!, node.outputs[0]!);
    return {
      filter: () => {
        if (batch === 0) return depthwiseConv2dBackpropFilter(grad!, filter!.shape, dy!, a.strides, pad, a.dataFormat, a.dilations);
        const [x, rowShape] = rowsAsChannels(grad!, batch, a.dataFormat, 1);
        const rows = sizeOf(rowShape);
        const [kh, kw, cin, multiplier] = filter!.shape as [number, number, number, number];
        const w = depthwiseConv2dBackpropFilter(x, [kh, kw, rows * cin, multiplier], repeatChannels(dy!, rows, a.dataFormat), a.strides, pad, a.dataFormat, a.dilations);
        return filterAsRows(w, rowShape, 2);
      },
      dy: () => unfoldBatch(depthwiseConv2d(foldBatch(grad!, batch), filter!, a.strides, pad, a.dataFormat, a.dilations), grad!, batch),
    };
  },
};
