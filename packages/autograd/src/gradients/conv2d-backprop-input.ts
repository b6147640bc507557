import { conv2d, Conv2DBackpropInput, conv2dBackpropFilter, sizeOf, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, unfoldBatch } from './batch';
import { tensorInputs } from './inputs';
import { filterAsRows, rowsAsChannels } from './rows-as-channels';
import { explicitPadding } from './window-args';

/**
 * dx = conv2dBackpropInput(filter, dy) is bilinear: TF's _Conv2DBackpropInputGrad. A batched
 * upstream's rows run as more examples for dy's gradient, and as more input channels for the
 * filter's.
 */
export const conv2dBackpropInputGrad: GradientConfig = {
  kernelName: Conv2DBackpropInput,
  batchable: true,
  gradFunc: ([grad], node) => {
    const { filter, dy } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    const batch = batchRank(grad!, node.outputs[0]!);
    return {
      filter: () => {
        if (batch === 0) return conv2dBackpropFilter(grad!, filter!.shape, dy!, a.strides, pad, a.dataFormat, a.dilations);
        const [x, rowShape] = rowsAsChannels(grad!, batch, a.dataFormat, 1);
        const [kh, kw, cin, cout] = filter!.shape as [number, number, number, number];
        const w = conv2dBackpropFilter(x, [kh, kw, sizeOf(rowShape) * cin, cout], dy!, a.strides, pad, a.dataFormat, a.dilations);
        return filterAsRows(w, rowShape, 2);
      },
      dy: () => unfoldBatch(conv2d(foldBatch(grad!, batch), filter!, a.strides, pad, a.dataFormat, a.dilations), grad!, batch),
    };
  },
};
