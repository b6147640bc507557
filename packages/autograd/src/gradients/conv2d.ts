import { Conv2D, conv2dBackpropFilter, conv2dBackpropInput, sizeOf, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, foldedShape, unfoldBatch } from './batch';
import { tensorInputs } from './inputs';
import { filterAsRows, rowsAsChannels } from './rows-as-channels';
import { explicitPadding } from './window-args';

/**
 * The input's gradient runs the rows of a batched dy as more examples; the filter's gradient
 * runs them as more output channels (each channel's filter gradient is independent).
 */
export const conv2dGrad: GradientConfig = {
  kernelName: Conv2D,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x, filter } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    const batch = batchRank(dy!, node.outputs[0]!);
    return {
      x: () =>
        unfoldBatch(
          conv2dBackpropInput(foldedShape(x!.shape, dy!, batch), filter!, foldBatch(dy!, batch), a.strides, pad, a.dataFormat, a.dilations),
          dy!,
          batch,
        ),
      filter: () => {
        if (batch === 0) return conv2dBackpropFilter(x!, filter!.shape, dy!, a.strides, pad, a.dataFormat, a.dilations);
        const [channels, rowShape] = rowsAsChannels(dy!, batch, a.dataFormat, 1);
        const [kh, kw, cin, cout] = filter!.shape as [number, number, number, number];
        const w = conv2dBackpropFilter(x!, [kh, kw, cin, sizeOf(rowShape) * cout], channels, a.strides, pad, a.dataFormat, a.dilations);
        return filterAsRows(w, rowShape, 3);
      },
    };
  },
};
