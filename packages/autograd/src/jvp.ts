import { add, isFloatDType, multiply, reduceSum, withRecorderPaused, zerosLike, type Recorder, type Tensor } from '@tensortape/core';
import { gradFuncOf, type TapeNode } from './backprop';
import { GradientTape } from './tape';

/**
 * The forward-mode derivative of one recorded op: output tangents J·t from input tangents t.
 * Every gradient function is linear in its upstream gradient u, so J·t is the gradient with
 * respect to u of <vjp(u), t> (the "double backward" trick TF uses for ops without a forward
 * rule). It needs no forward rule per kernel, so every differentiable kernel has one. The
 * accumulator `self` does not see this bookkeeping; outer tapes and accumulators do.
 */
export function jvpOf(node: TapeNode, tangents: ReadonlyMap<string, Tensor>, self: Recorder): (Tensor | undefined)[] {
  return withRecorderPaused(self, () => {
    const placeholders = node.outputs.map((o) => zerosLike(o));
    const tape = new GradientTape();
    const inner = tape.record(() => {
      tape.watch(placeholders.filter((p) => isFloatDType(p.dtype)));
      const thunks = gradFuncOf(node)(placeholders, node);
      let total: Tensor | undefined;
      for (const [name, t] of tangents) {
        const g = thunks[name]?.();
        if (!g) continue;
        const term = reduceSum(multiply(g, t));
        total = total ? add(total, term) : term;
      }
      return total;
    });
    if (!inner) return node.outputs.map(() => undefined);
    return tape.gradient(inner, placeholders).map((g) => g ?? undefined);
  });
}
