import { DepthwiseConv2dNative, depthwiseConv2dBackpropFilter, depthwiseConv2dBackpropInput, sizeOf, type Conv2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, foldedShape, unfoldBatch } from './batch';
import { tensorInputs } from './inputs';
import { filterAsRows, rowsAsChannels } from './rows-as-channels';
import { explicitPadding } from './window-args';

/**
 * As for conv2d: a batched dy's rows run as more examples for the input's gradient, and as more
 * channels per input channel (a larger multiplier) for the filter's.
 */
export const depthwiseConv2dNativeGrad: GradientConfig = {
  kernelName: DepthwiseConv2dNative,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x, filter } = tensorInputs(node);
    const a = node.attrs as unknown as Conv2DAttrs;
    const pad = explicitPadding(a);
    const batch = batchRank(dy!, node.outputs[0]!);
    return {
      x: () =>
        unfoldBatch(
          depthwiseConv2dBackpropInput(foldedShape(x!.shape, dy!, batch), filter!, foldBatch(dy!, batch), a.strides, pad, a.dataFormat, a.dilations),
          dy!,
          batch,
        ),
      filter: () => {
        if (batch === 0) return depthwiseConv2dBackpropFilter(x!, filter!.shape, dy!, a.strides, pad, a.dataFormat, a.dilations);
        const [kh, kw, cin, multiplier] = filter!.shape as [number, number, number, number];
        const [channels, rowShape] = rowsAsChannels(dy!, batch, a.dataFormat, cin);
        const shape = [kh, kw, cin, sizeOf(rowShape) * multiplier];
        return filterAsRows(depthwiseConv2dBackpropFilter(x!, shape, channels, a.strides, pad, a.dataFormat, a.dilations), rowShape, 3);
      },
    };
  },
};
