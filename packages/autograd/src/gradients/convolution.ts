import {
  conv2d,
  conv2dBackpropFilter,
  conv2dBackpropInput,
  depthwiseConv2d,
  depthwiseConv2dBackpropFilter,
  depthwiseConv2dBackpropInput,
  sizeOf,
  type Conv2DAttrs,
  type Tensor,
} from '@tensortape/core';
import type { GradFunc, GradientNode } from '../gradient-registry';
import { batchRank, foldBatch, foldedShape, unfoldBatch } from './batch';
import { tensorInputs } from './inputs';
import { channelsAsRows, filterAsRows, repeatChannels, rowsAsChannels, rowsIntoFilter, wideChannels } from './rows-as-channels';
import { explicitPadding } from './window-args';

/**
 * A convolution and its two backprop ops, which the gradients of all three are written with
 * (each is bilinear, so each gradient is one of the others). `depthwise`: every input channel
 * has its own `multiplier` output channels; otherwise the input channels may form groups
 * (filter depth = input channels / groups).
 */
export interface Convolution {
  readonly forward: typeof conv2d;
  readonly backpropInput: typeof conv2dBackpropInput;
  readonly backpropFilter: typeof conv2dBackpropFilter;
  readonly depthwise: boolean;
}

export const conv2dOps: Convolution = { forward: conv2d, backpropInput: conv2dBackpropInput, backpropFilter: conv2dBackpropFilter, depthwise: false };
export const depthwiseOps: Convolution = {
  forward: depthwiseConv2d,
  backpropInput: depthwiseConv2dBackpropInput,
  backpropFilter: depthwiseConv2dBackpropFilter,
  depthwise: true,
};

/** The node's window as the ops' trailing arguments, and its data format. */
function windowOf(node: GradientNode) {
  const a = node.attrs as unknown as Conv2DAttrs;
  return { window: [a.strides, explicitPadding(a), a.dataFormat, a.dilations] as const, format: a.dataFormat };
}

/** How many groups the output channels of `filter` [kh, kw, depth, out] form over `x`'s input channels. */
function outputGroups(c: Convolution, x: Tensor, filter: Tensor, format: 'NHWC' | 'NCHW'): number {
  const inChannels = x.shape[format === 'NHWC' ? x.rank - 1 : x.rank - 3] as number;
  return c.depthwise ? inChannels : inChannels / (filter.shape[2] as number);
}

/**
 * The convolution's gradient (TF's _Conv2DGrad, _DepthwiseConv2dNativeGrad). A batched dy's
 * rows run as more examples for x, and as more output channels for the filter.
 */
export function convolutionGrad(c: Convolution): GradFunc {
  return ([dy], node) => {
    const { x, filter } = tensorInputs(node);
    const { window, format } = windowOf(node);
    const batch = batchRank(dy!, node.outputs[0]!);
    return {
      x: () => unfoldBatch(c.backpropInput(foldedShape(x!.shape, dy!, batch), filter!, foldBatch(dy!, batch), ...window), dy!, batch),
      filter: () => {
        if (batch === 0) return c.backpropFilter(x!, filter!.shape, dy!, ...window);
        const groups = outputGroups(c, x!, filter!, format);
        const [channels, rowShape] = rowsAsChannels(dy!, batch, format, groups);
        const [kh, kw, depth, out] = filter!.shape as [number, number, number, number];
        const w = c.backpropFilter(x!, [kh, kw, depth, sizeOf(rowShape) * out], channels, ...window);
        return filterAsRows(w, rowShape, 'out', c.depthwise ? 1 : groups);
      },
    };
  };
}

/**
 * The gradient of backpropInput(filter, dy), whose upstream has x's shape (TF's
 * _Conv2DBackpropInputGrad): rows run as more examples for dy, and as more input channels for
 * the filter (a depthwise filter's each with its copy of dy's channels).
 */
export function backpropInputGrad(c: Convolution): GradFunc {
  return ([grad], node) => {
    const { filter, dy } = tensorInputs(node);
    const { window, format } = windowOf(node);
    const batch = batchRank(grad!, node.outputs[0]!);
    return {
      filter: () => {
        if (batch === 0) return c.backpropFilter(grad!, filter!.shape, dy!, ...window);
        const groups = c.depthwise ? 1 : outputGroups(c, node.outputs[0]!, filter!, format);
        const [x, rowShape] = rowsAsChannels(grad!, batch, format, groups);
        const rows = sizeOf(rowShape);
        const [kh, kw, depth, out] = filter!.shape as [number, number, number, number];
        const w = c.backpropFilter(x, [kh, kw, rows * depth, out], c.depthwise ? repeatChannels(dy!, rows, format) : dy!, ...window);
        return filterAsRows(w, rowShape, 'in');
      },
      dy: () => unfoldBatch(c.forward(foldBatch(grad!, batch), filter!, ...window), grad!, batch),
    };
  };
}

/**
 * The gradient of backpropFilter(x, dy), whose upstream is a filter (TF's
 * _Conv2DBackpropFilterGrad): a batched one is a filter per row, and the rows become more input
 * channels for x's gradient and more output channels for dy's.
 */
export function backpropFilterGrad(c: Convolution): GradFunc {
  return ([grad], node) => {
    const { x, dy } = tensorInputs(node);
    const { window, format } = windowOf(node);
    const batch = batchRank(grad!, node.outputs[0]!);
    const rowShape = grad!.shape.slice(0, batch);
    const rows = sizeOf(rowShape);
    const groups = () => outputGroups(c, x!, node.outputs[0]!, format);
    return {
      x: () => {
        if (batch === 0) return c.backpropInput(x!.shape, grad!, dy!, ...window);
        const spread = c.depthwise ? repeatChannels(dy!, rows, format) : dy!;
        const wide = c.backpropInput(wideChannels(x!.shape, rows, format), rowsIntoFilter(grad!, batch, 'in'), spread, ...window);
        return channelsAsRows(wide, rowShape, format, c.depthwise ? 1 : groups());
      },
      dy: () => {
        if (batch === 0) return c.forward(x!, grad!, ...window);
        const filters = rowsIntoFilter(grad!, batch, 'out', c.depthwise ? 1 : groups());
        return channelsAsRows(c.forward(x!, filters, ...window), rowShape, format, groups());
      },
    };
  };
}
