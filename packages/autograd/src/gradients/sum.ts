import { broadcastTo, reshape, Sum, type SumAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig, GradientNode } from '../gradient-registry';
import { batchRank, withBatch } from './batch';
import { tensorInputs } from './inputs';

/** Every summed element receives the upstream gradient of its sum. */
export const sumGrad: GradientConfig = {
  kernelName: Sum,
  batchable: true,
  gradFunc: ([dy], node) => ({ x: () => spreadOverReduced(dy!, node) }),
};

/** The upstream gradient of a reduction (sum, prod) repeated over its reduced axes: x's shape. */
export function spreadOverReduced(dy: Tensor, node: GradientNode): Tensor {
  const { x } = tensorInputs(node);
  const { axis } = node.attrs as unknown as SumAttrs;
  const batch = batchRank(dy, node.outputs[0]!);
  const kept = x!.shape.map((d, i) => (axis.includes(i) ? 1 : d));
  return broadcastTo(reshape(dy, withBatch(dy, batch, kept)), withBatch(dy, batch, x!.shape));
}
