import { activeRecorders, type NamedAttrMap, type OpInputs, type Recorder, type Tensor, type Variable } from '@tensortape/core';
import type { TapeNode } from './backprop';

/**
 * A recorder of autograd's own (a GradientTape or a ForwardAccumulator): besides kernel runs
 * reported by core, it accepts nodes that carry their own gradient (custom gradients).
 */
export abstract class NodeRecorder implements Recorder {
  abstract recordNode(node: TapeNode): void;
  abstract variableAccessed(variable: Variable): void;

  /** @internal Core's hook: every kernel run while this recorder is active. */
  recordOp(kernelName: string, inputs: OpInputs, attrs: NamedAttrMap, outputs: readonly Tensor[]): void {
    this.recordNode({ kernelName, inputs, attrs, outputs });
  }
}

/** Reports a node to every active autograd recorder (tapes and forward accumulators). */
export function recordNodeEverywhere(node: TapeNode): void {
  for (const r of activeRecorders().slice()) if (r instanceof NodeRecorder) r.recordNode(node);
}
