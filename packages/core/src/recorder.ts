import type { NamedAttrMap } from './backend';
import type { Tensor } from './tensor';
import type { Variable } from './variable';

/** A recorded op's inputs: tensors, or the variable itself for a variable read. */
export type OpInputs = Readonly<Record<string, Tensor | Variable>>;

/**
 * The hook through which `@tensortape/autograd` sees computation. Core knows nothing of
 * gradients: it reports each successful kernel run, and each variable read, to every active
 * recorder, which decides what to keep.
 */
export interface Recorder {
  /** A kernel ran (only after it succeeded, so a failing op is never half-recorded). */
  recordOp(kernelName: string, inputs: OpInputs, attrs: NamedAttrMap, outputs: readonly Tensor[]): void;
  /** A variable was read; called before the read is reported as a `ReadVariableOp`. */
  variableAccessed(variable: Variable): void;
}

/** The pseudo-kernel name under which variable reads are reported. */
export const ReadVariableOp = 'ReadVariableOp';
