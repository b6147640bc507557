import { depthwiseConv2d, DepthwiseConv2dNativeBackpropFilter, depthwiseConv2dBackpropInput, sizeOf, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank } from './batch';
import { tensorInputs } from './inputs';
import { channelsAsRows, repeatChannels, rowsIntoFilter, wideChannels } from './rows-as-channels';
import { explicitPadding } from './window-args';

/**
 * Bilinear in (x, dy), as TF's _DepthwiseConv2dNativeBackpropFilterGrad. A batched upstream is
 * a filter per row: the rows become more input channels for x's gradient (each with its copy of
 * dy's channels), and a larger channel multiplier for dy's.
 */
export const depthwiseConv2dNativeBackpropFilterGrad: GradientConfig = {
  kernelName: DepthwiseConv2dNativeBackpropFilter,
  batchable: true,
  gradFunc: ([grad], node) => {
    const { x, dy } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    const batch = batchRank(grad!, node.outputs[0]!);
    const rowShape = grad!.shape.slice(0, batch);
    const rows = sizeOf(rowShape);
    return {
      x: () => {
        if (batch === 0) return depthwiseConv2dBackpropInput(x!.shape, grad!, dy!, a.strides, pad, a.dataFormat, a.dilations);
        const filters = rowsIntoFilter(grad!, batch, 2);
        const wide = depthwiseConv2dBackpropInput(wideChannels(x!.shape, rows, a.dataFormat), filters, repeatChannels(dy!, rows, a.dataFormat), a.strides, pad, a.dataFormat, a.dilations);
        return channelsAsRows(wide, rowShape, a.dataFormat, 1);
      },
      dy: () => {
        if (batch === 0) return depthwiseConv2d(x!, grad!, a.strides, pad, a.dataFormat, a.dilations);
        const cin = grad!.shape[batch + 2] as number;
        return channelsAsRows(depthwiseConv2d(x!, rowsIntoFilter(grad!, batch, 3), a.strides, pad, a.dataFormat, a.dilations), rowShape, a.dataFormat, cin);
      },
    };
  },
};
