import { add, formatShape, InternalError, isFloatDType, LookupError, shapesEqual, stack, unstack, zeros, zerosLike, type Tensor } from '@tensortape/core';
import { getGradient, isBatchable, type GradFunc, type GradientNode } from './gradient-registry';

/** A recorded op: a kernel run, a variable read, or a custom-gradient call. */
export interface TapeNode extends GradientNode {
  /** Overrides the registered gradient (custom gradients). */
  readonly gradFunc?: GradFunc;
}

export function gradFuncOf(node: TapeNode): GradFunc {
  const gradFunc = node.gradFunc ?? getGradient(node.kernelName);
  if (!gradFunc) throw new LookupError(`gradient registry has no entry for: ${node.kernelName}`);
  return gradFunc;
}

/**
 * The nodes on a path from the sources, and the ids that depend on a source. Recording order is
 * a topological order, so one forward sweep finds them.
 */
export function prune(nodes: readonly TapeNode[], sourceIds: Iterable<number>): { nodes: TapeNode[]; needed: Set<number> } {
  const needed = new Set(sourceIds);
  const relevant: TapeNode[] = [];
  for (const node of nodes) {
    // for…in rather than Object.values: no array per node on this hot path.
    for (const key in node.inputs) {
      if (!needed.has((node.inputs[key] as Tensor).id)) continue;
      relevant.push(node);
      for (const o of node.outputs) needed.add(o.id);
      break;
    }
  }
  return { nodes: relevant, needed };
}

/**
 * Reverse-mode accumulation over pruned nodes. `seeds` holds the gradient flowing into each
 * target id; the result holds the gradient accumulated at every needed id. Gradient functions
 * run through the engine, so tapes that are recording see them (higher order).
 *
 * With `rows`, every gradient carries a leading axis of that many independent rows (a
 * vectorised jacobian): batchable gradients take all rows at once, others run once per row.
 */
export function backprop(pruned: ReturnType<typeof prune>, seeds: ReadonlyMap<number, Tensor>, rows?: number): Map<number, Tensor> {
  const { nodes, needed } = pruned;
  const grads = new Map(seeds);
  for (let n = nodes.length - 1; n >= 0; n--) {
    const node = nodes[n] as TapeNode;
    const dys = upstream(node, grads, rows);
    if (!dys) continue;
    const gradFunc = gradFuncOf(node);
    const thunks =
      rows === undefined || (!node.gradFunc && isBatchable(node.kernelName)) ? gradFunc(dys, node) : rowByRow(gradFunc, dys, node, rows);
    for (const name in node.inputs) {
      const input = node.inputs[name] as Tensor;
      const thunk = thunks[name];
      if (!thunk || !needed.has(input.id) || !isFloatDType(input.dtype)) continue;
      const g = thunk();
      if (!g) continue;
      if (rows !== undefined) checkRows(node, name, g, rows);
      const prev = grads.get(input.id);
      grads.set(input.id, prev ? add(prev, g) : g);
    }
  }
  return grads;
}

/** The gradients flowing into a node's outputs (zeros for outputs that got none), or null if none did. */
function upstream(node: TapeNode, grads: ReadonlyMap<number, Tensor>, rows: number | undefined): Tensor[] | null {
  const outputs = node.outputs;
  if (outputs.length === 1) {
    // Most ops have one output: no intermediate arrays.
    const dy = grads.get((outputs[0] as Tensor).id);
    return dy === undefined ? null : [dy];
  }
  const dys = outputs.map((o) => grads.get(o.id));
  if (dys.every((d) => d === undefined)) return null;
  return dys.map((d, i) => {
    const o = outputs[i] as Tensor;
    return d ?? (rows === undefined ? zerosLike(o) : zeros([rows, ...o.shape], o.dtype));
  });
}

/** A gradient that knows no batch axis, run on each row of the upstream gradients and stacked. */
function rowByRow(gradFunc: GradFunc, dys: readonly Tensor[], node: TapeNode, rows: number): Record<string, () => Tensor | null> {
  const slices = dys.map((dy) => unstack(dy));
  const perRow = Array.from({ length: rows }, (_, r) => gradFunc(slices.map((s) => s[r] as Tensor), node));
  const thunks: Record<string, () => Tensor | null> = {};
  for (const name in node.inputs) {
    const input = node.inputs[name] as Tensor;
    thunks[name] = () => {
      const gs = perRow.map((t) => t[name]?.() ?? null);
      if (gs.every((g) => g === null)) return null;
      return stack(gs.map((g) => g ?? zeros(input.shape, input.dtype)));
    };
  }
  return thunks;
}

/** A batchable gradient must keep the row axis: anything else is a bug in that gradient. */
function checkRows(node: TapeNode, name: string, g: Tensor, rows: number): void {
  const expected = [rows, ...(node.inputs[name] as Tensor).shape];
  if (!shapesEqual(g.shape, expected)) {
    throw new InternalError(
      `The gradient of ${node.kernelName} for input '${name}' has shape ${formatShape(g.shape)} in a vectorised jacobian, not ${formatShape(expected)}.`,
    );
  }
}
