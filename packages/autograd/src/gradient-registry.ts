import type { NamedAttrMap, OpInputs, Tensor } from '@tensortape/core';

/** What a gradient function sees of the op it differentiates. */
export interface GradientNode {
  readonly kernelName: string;
  readonly inputs: OpInputs;
  readonly attrs: NamedAttrMap;
  readonly outputs: readonly Tensor[];
}

/**
 * Maps the upstream gradients (one per output) to a thunk per input name (null: no gradient).
 * Thunks let the tape compute only the gradients it needs. Written with public ops, so gradients are themselves
 * recorded by outer tapes and differentiable to any order.
 */
export type GradFunc = (dys: readonly Tensor[], node: GradientNode) => Readonly<Record<string, () => Tensor | null>>;

export interface GradientConfig {
  readonly kernelName: string;
  readonly gradFunc: GradFunc;
  /**
   * Whether `gradFunc` also accepts upstream gradients with leading batch axes (as many as
   * `dy.rank - output.rank`) and answers with the same leading axes. Vectorised jacobians pass
   * all their rows through such a gradient at once; any other gradient runs once per row.
   */
  readonly batchable?: boolean;
}

interface GradientRegistry {
  readonly gradients: Map<string, GradFunc>;
  readonly nonDifferentiable: Set<string>;
  readonly batchable: Set<string>;
}

const KEY = Symbol.for('tensortape.gradient-registry.v2');
const holder = globalThis as unknown as Record<symbol, GradientRegistry | undefined>;
const registry: GradientRegistry = (holder[KEY] ??= { gradients: new Map(), nonDifferentiable: new Set(), batchable: new Set() });

export function registerGradient(config: GradientConfig): void {
  registry.gradients.set(config.kernelName, config.gradFunc);
  if (config.batchable) registry.batchable.add(config.kernelName);
  else registry.batchable.delete(config.kernelName);
}

export function getGradient(kernelName: string): GradFunc | undefined {
  return registry.gradients.get(kernelName);
}

/** Whether the registered gradient of `kernelName` handles leading batch axes (see {@link GradientConfig.batchable}). */
export function isBatchable(kernelName: string): boolean {
  return registry.batchable.has(kernelName);
}

/** Marks kernels whose outputs carry no gradient (comparisons, casts to int, argmax…). */
export function markNonDifferentiable(...kernelNames: string[]): void {
  for (const name of kernelNames) registry.nonDifferentiable.add(name);
}

export function isNonDifferentiable(kernelName: string): boolean {
  return registry.nonDifferentiable.has(kernelName);
}
