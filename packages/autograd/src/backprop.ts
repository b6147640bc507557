import { add, isFloatDType, LookupError, zerosLike, type Tensor } from '@tensortape/core';
import { getGradient, type GradFunc, type GradientNode } from './gradient-registry';

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
 */
export function backprop(pruned: ReturnType<typeof prune>, seeds: ReadonlyMap<number, Tensor>): Map<number, Tensor> {
  const { nodes, needed } = pruned;
  const grads = new Map(seeds);
  for (let n = nodes.length - 1; n >= 0; n--) {
    const node = nodes[n] as TapeNode;
    const dys = upstream(node, grads);
    if (!dys) continue;
    const thunks = gradFuncOf(node)(dys, node);
    for (const name in node.inputs) {
      const input = node.inputs[name] as Tensor;
      const thunk = thunks[name];
      if (!thunk || !needed.has(input.id) || !isFloatDType(input.dtype)) continue;
      const g = thunk();
      if (!g) continue;
      const prev = grads.get(input.id);
      grads.set(input.id, prev ? add(prev, g) : g);
    }
  }
  return grads;
}

/** The gradients flowing into a node's outputs (zeros for outputs that got none), or null if none did. */
function upstream(node: TapeNode, grads: ReadonlyMap<number, Tensor>): Tensor[] | null {
  const outputs = node.outputs;
  if (outputs.length === 1) {
    // Most ops have one output: no intermediate arrays.
    const dy = grads.get((outputs[0] as Tensor).id);
    return dy === undefined ? null : [dy];
  }
  const dys = outputs.map((o) => grads.get(o.id));
  if (dys.every((d) => d === undefined)) return null;
  return dys.map((d, i) => d ?? zerosLike(outputs[i] as Tensor));
}
