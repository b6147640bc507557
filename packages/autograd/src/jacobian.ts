import {
  isFloatDType,
  reshape,
  sizeOf,
  stack,
  tensorFromValues,
  typedArrayFor,
  ValueError,
  formatShape,
  zeros,
  type Tensor,
  type Variable,
} from '@tensortape/core';
import { backprop, prune, type TapeNode } from './backprop';
import type { UnconnectedGradients } from './tape';

export interface JacobianOptions {
  /** What an unconnected source gets: null (`'none'`, the default) or zeros (`'zero'`). */
  unconnectedGradients?: UnconnectedGradients;
  /** Accepted for TF compatibility; false requires a persistent tape, as in TF. */
  experimentalUsePfor?: boolean;
}

/** A one-hot seed: 1 at the flat positions in `ones`, 0 elsewhere. */
function seed(target: Tensor | Variable, ones: Iterable<number>): Tensor {
  const values = typedArrayFor(target.dtype, sizeOf(target.shape));
  for (const i of ones) values[i] = 1;
  return tensorFromValues(values, target.shape, target.dtype);
}

/**
 * One backward pass per target element over the pruned recording (pruned once). Each pass
 * yields one row of every source's Jacobian; rows are stacked with an op, so the Jacobian is
 * itself differentiable when an outer tape records.
 */
export function jacobianOf(
  nodes: readonly TapeNode[],
  target: Tensor | Variable,
  sources: readonly (Tensor | Variable)[],
  unconnected: UnconnectedGradients,
): (Tensor | null)[] {
  const pruned = prune(nodes, sources.map((s) => s.id));
  const n = sizeOf(target.shape);
  const rows: (Tensor | undefined)[][] = sources.map(() => []);
  if (isFloatDType(target.dtype)) {
    for (let i = 0; i < n; i++) {
      const grads = backprop(pruned, new Map([[target.id, seed(target, [i])]]));
      sources.forEach((s, k) => rows[k]!.push(isFloatDType(s.dtype) ? grads.get(s.id) : undefined));
    }
  }
  return sources.map((s, k) => {
    const shape = [...target.shape, ...s.shape];
    const column = rows[k]!;
    if (column.every((r) => r === undefined)) return unconnected === 'zero' ? zeros(shape, s.dtype) : null;
    if (n === 0) return zeros(shape, s.dtype);
    return reshape(stack(column.map((r) => r ?? zeros(s.shape, s.dtype))), shape);
  });
}

/** TF's checks of batch_jacobian's arguments: rank ≥ 2 and equal first dimensions. */
export function checkBatchShapes(target: Tensor | Variable, source: Tensor | Variable): void {
  for (const t of [target, source]) {
    if (t.shape.length < 2) throw new ValueError(`Shape ${formatShape(t.shape)} must have rank at least 2`);
  }
  if (target.shape[0] !== source.shape[0]) {
    throw new ValueError(
      `Need first dimension of target shape (${formatShape(target.shape)}) and source shape (${formatShape(source.shape)}) to match.`,
    );
  }
}

/**
 * Per-example Jacobians in one backward pass per element of a single example: the seed sets
 * that element in every example at once, which is exact when examples are independent.
 */
export function batchJacobianOf(nodes: readonly TapeNode[], target: Tensor | Variable, source: Tensor | Variable): Tensor {
  const [batch] = target.shape as [number];
  const perExample = sizeOf(target.shape.slice(1));
  const shape = [batch, ...target.shape.slice(1), ...source.shape.slice(1)];
  const pruned = prune(nodes, [source.id]);
  const rows: Tensor[] = [];
  for (let j = 0; j < perExample; j++) {
    const positions = Array.from({ length: batch }, (_, b) => b * perExample + j);
    const g = isFloatDType(target.dtype) ? backprop(pruned, new Map([[target.id, seed(target, positions)]])).get(source.id) : undefined;
    rows.push(g ?? zeros(source.shape, source.dtype));
  }
  if (perExample === 0 || batch === 0) return zeros(shape, source.dtype);
  // rows[j] is [batch, ...S]; stacking on axis 1 gives [batch, perExample, ...S].
  return reshape(stack(rows, 1), shape);
}
