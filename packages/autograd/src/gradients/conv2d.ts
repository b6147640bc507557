import { Conv2D, conv2dBackpropFilter, conv2dBackpropInput, reshape, sizeOf, transpose, type Conv2DAttrs, type Shape, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, foldBatch, foldedShape, unfoldBatch } from './batch';
import { tensorInputs } from './inputs';
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
        const [channels, rowShape] = rowsAsChannels(dy!, batch, a.dataFormat);
        const [kh, kw, cin, cout] = filter!.shape as [number, number, number, number];
        const rows = sizeOf(rowShape);
        const w = conv2dBackpropFilter(x!, [kh, kw, cin, rows * cout], channels, a.strides, pad, a.dataFormat, a.dilations);
        return reshape(transpose(reshape(w, [kh, kw, cin, rows, cout]), [3, 0, 1, 2, 4]), [...rowShape, ...filter!.shape]);
      },
    };
  },
};

/** dy [...rows, N, …] as [N, …] whose channel axis holds rows × channels, row-major; and the rows' shape. */
function rowsAsChannels(dy: Tensor, batch: number, dataFormat: 'NHWC' | 'NCHW'): [Tensor, Shape] {
  const rowShape = dy.shape.slice(0, batch);
  const g = reshape(dy, [sizeOf(rowShape), ...dy.shape.slice(batch)]);
  const moved = transpose(g, dataFormat === 'NHWC' ? [1, 2, 3, 0, 4] : [1, 0, 2, 3, 4]);
  const [n, d1, d2, d3, d4] = moved.shape as [number, number, number, number, number];
  return [reshape(moved, dataFormat === 'NHWC' ? [n, d1, d2, d3 * d4] : [n, d1 * d2, d3, d4]), rowShape];
}
