import {
  concat,
  formatShape,
  isFloatDType,
  reshape,
  sizeOf,
  tensorFromValues,
  transpose,
  typedArrayFor,
  ValueError,
  zeros,
  type Shape,
  type Tensor,
  type Variable,
} from '@tensortape/core';
import { backprop, prune, type TapeNode } from './backprop';
import type { UnconnectedGradients } from './tape';

export interface JacobianOptions {
  /** What an unconnected source gets: null (`'none'`, the default) or zeros (`'zero'`). */
  unconnectedGradients?: UnconnectedGradients;
  /**
   * How many rows of the Jacobian one vectorised backward pass computes (TF's
   * `parallel_iterations`): fewer rows at a time hold less memory. Default: all of them.
   */
  parallelIterations?: number;
  /**
   * true (the default): backward passes vectorised over the Jacobian's rows. false: one backward
   * pass per row (TF's while loop), which requires a persistent tape, as in TF.
   */
  experimentalUsePfor?: boolean;
}

/** TF's `parallel_iterations` must be a positive integer. */
export function checkParallelIterations(options: JacobianOptions): void {
  const p = options.parallelIterations;
  if (p !== undefined && !(Number.isInteger(p) && p > 0)) {
    throw new ValueError(`parallelIterations must be a positive integer, got ${String(p)}`);
  }
}

/**
 * Seeds for the Jacobian rows `start`… `start + count - 1`: a tensor [count, ...shape] whose row
 * r is 1 at the flat positions `ones(start + r)` and 0 elsewhere.
 */
type RowSeeds = (start: number, count: number) => Tensor;

function oneHotRows(shape: Shape, dtype: Tensor['dtype'], ones: (row: number) => Iterable<number>): RowSeeds {
  const size = sizeOf(shape);
  return (start, count) => {
    const values = typedArrayFor(dtype, count * size);
    for (let r = 0; r < count; r++) for (const i of ones(start + r)) values[r * size + i] = 1;
    return tensorFromValues(values, [count, ...shape], dtype);
  };
}

/**
 * The gradients of `total` seeded rows for each source: [total, ...source.shape], or undefined
 * for a source that no row reaches. Vectorised, each pass carries `parallelIterations` rows on
 * a leading axis (see `backprop`); otherwise one pass per row. Rows are joined with ops, so the
 * result is itself differentiable when an outer tape records.
 */
function gradientRows(
  nodes: readonly TapeNode[],
  target: Tensor | Variable,
  sources: readonly (Tensor | Variable)[],
  total: number,
  seeds: RowSeeds,
  options: JacobianOptions,
): (Tensor | undefined)[] {
  const pruned = prune(nodes, sources.map((s) => s.id));
  const vectorised = options.experimentalUsePfor !== false;
  const chunk = vectorised ? (options.parallelIterations ?? total) : 1;
  // Per source, each pass's rows (only these outlive the pass, so chunks bound memory).
  const parts: { count: number; grad: Tensor | undefined }[][] = sources.map(() => []);
  for (let start = 0; start < total; start += chunk) {
    const count = Math.min(chunk, total - start);
    const seed = seeds(start, count);
    const grads = vectorised
      ? backprop(pruned, new Map([[target.id, seed]]), count)
      : backprop(pruned, new Map([[target.id, reshape(seed, target.shape)]]));
    sources.forEach((s, k) => parts[k]!.push({ count, grad: isFloatDType(s.dtype) ? grads.get(s.id) : undefined }));
  }
  return sources.map((s, k) => {
    const column = parts[k]!;
    if (column.every(({ grad }) => grad === undefined)) return undefined;
    const rows = column.map(({ count, grad }) => (grad === undefined ? zeros([count, ...s.shape], s.dtype) : reshape(grad, [count, ...s.shape])));
    return rows.length === 1 ? rows[0] : concat(rows, 0);
  });
}

/** For a target of shape T, each source's Jacobian [...T, ...S] (null or zeros when unconnected). */
export function jacobianOf(
  nodes: readonly TapeNode[],
  target: Tensor | Variable,
  sources: readonly (Tensor | Variable)[],
  unconnected: UnconnectedGradients,
  options: JacobianOptions,
): (Tensor | null)[] {
  const n = sizeOf(target.shape);
  const seeds = oneHotRows(target.shape, target.dtype, (row) => [row]);
  const rows = isFloatDType(target.dtype) && n > 0 ? gradientRows(nodes, target, sources, n, seeds, options) : sources.map(() => undefined);
  return sources.map((s, k) => {
    const shape = [...target.shape, ...s.shape];
    const g = rows[k];
    if (g === undefined) return unconnected === 'zero' ? zeros(shape, s.dtype) : null;
    return reshape(g, shape);
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
 * Per-example Jacobians [b, ...T, ...S]. Row j seeds element j of every example at once, which
 * is exact when examples are independent: its gradient is row j of every example's Jacobian.
 */
export function batchJacobianOf(nodes: readonly TapeNode[], target: Tensor | Variable, source: Tensor | Variable, options: JacobianOptions): Tensor {
  const [batch] = target.shape as [number];
  const perExample = sizeOf(target.shape.slice(1));
  const shape = [batch, ...target.shape.slice(1), ...source.shape.slice(1)];
  if (perExample === 0 || batch === 0 || !isFloatDType(target.dtype)) return zeros(shape, source.dtype);
  const seeds = oneHotRows(target.shape, target.dtype, (row) => Array.from({ length: batch }, (_, b) => b * perExample + row));
  const [rows] = gradientRows(nodes, target, [source], perExample, seeds, options);
  if (rows === undefined) return zeros(shape, source.dtype);
  // rows is [perExample, b, ...S]: examples first.
  const perm = [1, 0, ...source.shape.slice(1).map((_, i) => i + 2)];
  return reshape(transpose(rows, perm), shape);
}
