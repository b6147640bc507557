import type { Tensor } from '@tensortape/core';
import type { GradientNode } from '../gradient-registry';

/** The node's input tensors by name (gradients of kernels never see variables). */
export function tensorInputs(node: GradientNode): Readonly<Record<string, Tensor>> {
  return node.inputs as Readonly<Record<string, Tensor>>;
}
