import { add, isFloatDType, LookupError, zerosLike, type Tensor } from '@tensortape/core';
import { getGradient, type GradFunc, type GradientNode } from './gradient-registry';

/** A recorded op: a kernel run, a variable read, or a custom-gradient call. */
export interface TapeNode extends GradientNode {
  /** Overrides the registered gradient (custom gradients). */
  readonly gradFunc?: GradFunc;
}

/**
 * Reverse-mode accumulation over recorded nodes. `seeds` holds the gradient flowing into each
 * target id; the result holds the gradient accumulated at every id that lies on a path from a
 * source. Recording order is a topological order, so one reverse sweep suffices.
 */
export function backprop(nodes: readonly TapeNode[], seeds: Map<number, Tensor>, sourceIds: ReadonlySet<number>): Map<number, Tensor> {
  // Forward: which ids depend on a source, and so need a gradient.
  const needed = new Set(sourceIds);
  const relevant: TapeNode[] = [];
  for (const node of nodes) {
    if (Object.values(node.inputs).some((x) => needed.has(x.id))) {
      relevant.push(node);
      for (const o of node.outputs) needed.add(o.id);
    }
  }
  const grads = new Map(seeds);
  for (let n = relevant.length - 1; n >= 0; n--) {
    const node = relevant[n] as TapeNode;
    const dys = node.outputs.map((o) => grads.get(o.id));
    if (dys.every((d) => d === undefined)) continue;
    const gradFunc = node.gradFunc ?? getGradient(node.kernelName);
    if (!gradFunc) throw new LookupError(`gradient registry has no entry for: ${node.kernelName}`);
    const thunks = gradFunc(
      dys.map((d, i) => d ?? zerosLike(node.outputs[i] as Tensor)),
      node,
    );
    for (const [name, input] of Object.entries(node.inputs)) {
      const thunk = thunks[name];
      if (!thunk || !needed.has(input.id) || !isFloatDType(input.dtype)) continue;
      const g = thunk();
      const prev = grads.get(input.id);
      grads.set(input.id, prev ? add(prev, g) : g);
    }
  }
  return grads;
}
