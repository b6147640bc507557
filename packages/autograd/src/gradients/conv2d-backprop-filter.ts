import { conv2d, Conv2DBackpropFilter, conv2dBackpropInput, sizeOf, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank } from './batch';
import { tensorInputs } from './inputs';
import { channelsAsRows, rowsIntoFilter, wideChannels } from './rows-as-channels';
import { explicitPadding } from './window-args';

/**
 * dw = conv2dBackpropFilter(x, dy) is bilinear: TF's _Conv2DBackpropFilterGrad. A batched
 * upstream is a filter per row: the rows become more input channels for x's gradient, and more
 * output channels for dy's.
 */
export const conv2dBackpropFilterGrad: GradientConfig = {
  kernelName: Conv2DBackpropFilter,
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
        if (batch === 0) return conv2dBackpropInput(x!.shape, grad!, dy!, a.strides, pad, a.dataFormat, a.dilations);
        const wide = conv2dBackpropInput(wideChannels(x!.shape, rows, a.dataFormat), rowsIntoFilter(grad!, batch, 2), dy!, a.strides, pad, a.dataFormat, a.dilations);
        return channelsAsRows(wide, rowShape, a.dataFormat, 1);
      },
      dy: () => {
        if (batch === 0) return conv2d(x!, grad!, a.strides, pad, a.dataFormat, a.dilations);
        return channelsAsRows(conv2d(x!, rowsIntoFilter(grad!, batch, 3), a.strides, pad, a.dataFormat, a.dilations), rowShape, a.dataFormat, 1);
      },
    };
  },
};
