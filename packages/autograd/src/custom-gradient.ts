import {
  activeRecorders,
  convertToTensor,
  identity,
  popRecorder,
  pushRecorder,
  repr,
  Tensor,
  ValueError,
  withoutRecording,
  type Input,
  type Recorder,
  type Variable,
} from '@tensortape/core';
import type { GradFunc } from './gradient-registry';
import { recordNodeEverywhere } from './node-recorder';

type Grads = Tensor | null | readonly (Tensor | null)[];

/**
 * The gradient function of a custom-gradient op: upstream gradient(s) in, one gradient per
 * input out (a bare tensor for one input). If the function reads variables, it must declare
 * the `variables` parameter and return `[inputGradients, variableGradients]`.
 */
export type CustomGradFn<V> =
  | ((dy: V) => Grads)
  | ((dy: V, variables: readonly Variable[]) => readonly [Grads, readonly (Tensor | null)[]]);

/** Collects the trainable variables read while it is the only active recorder. */
class VariableWatcher implements Recorder {
  readonly variables = new Set<Variable>();
  recordOp(): void {}
  variableAccessed(v: Variable): void {
    if (v.trainable) this.variables.add(v);
  }
}

/**
 * Defines an op with its own gradient (TF `tf.custom_gradient`). `f` returns its value and a
 * gradient function; tapes record the call as one op whose gradient is that function, which
 * runs through the engine, so it composes with higher-order gradients.
 *
 * @example
 * const log1pexp = tf.customGradient((x) => {
 *   const e = tf.exp(x);
 *   return [tf.log(tf.add(1, e)), (dy) => tf.multiply(dy, tf.subtract(1, tf.divide(1, tf.add(1, e))))];
 * });
 */
export function customGradient<V extends Tensor | readonly Tensor[]>(
  f: (...xs: Tensor[]) => readonly [V, CustomGradFn<V>],
): (...xs: Input[]) => V {
  return (...args) => {
    const xs = args.map((a) => convertToTensor(a));
    const watcher = new VariableWatcher();
    const [value, gradFn] = withoutRecording(() => {
      pushRecorder(watcher);
      try {
        return f(...xs);
      } finally {
        popRecorder(watcher);
      }
    });
    const variables = [...watcher.variables];
    if (variables.length > 0 && gradFn.length < 2) {
      throw new TypeError(
        `@tf.custom_gradient grad_fn must accept keyword argument 'variables', since function uses variables: [${variables.map(repr).join(', ')}]`,
      );
    }
    // Fresh outputs, so that f returning an input unchanged still makes a distinct node.
    const single = value instanceof Tensor;
    const outputs = withoutRecording(() => (single ? [value] : (value as readonly Tensor[])).map((v) => identity(v)));
    const inputs: Record<string, Tensor | Variable> = {};
    xs.forEach((x, i) => (inputs[`x${i}`] = x));
    variables.forEach((v, i) => (inputs[`v${i}`] = v));
    for (const r of activeRecorders().slice()) for (const v of variables) r.variableAccessed(v);
    recordNodeEverywhere({ kernelName: 'CustomGradient', inputs, attrs: {}, outputs, gradFunc: customGradFunc(gradFn, xs.length, variables, single) });
    return (single ? outputs[0] : outputs) as V;
  };
}

function customGradFunc<V>(gradFn: CustomGradFn<V>, numInputs: number, variables: readonly Variable[], single: boolean): GradFunc {
  return (dys) => {
    let grads: (Tensor | null)[] | undefined;
    const compute = (): (Tensor | null)[] => {
      const dy = (single ? dys[0] : dys) as V;
      const out = variables.length > 0 ? gradFn(dy, variables) : (gradFn as (dy: V) => Grads)(dy);
      const [inputGrads, variableGrads] = variables.length > 0 ? (out as readonly [Grads, readonly (Tensor | null)[]]) : [out as Grads, []];
      const list = inputGrads instanceof Tensor || inputGrads === null ? [inputGrads] : [...inputGrads];
      if (list.length !== numInputs) {
        throw new ValueError(`custom_gradient function expected to return ${numInputs} gradients, but returned ${list.length} instead.`);
      }
      if (variableGrads.length !== variables.length) {
        throw new ValueError('Must return gradient for each variable from @custom_gradient grad_fn.');
      }
      return [...list, ...variableGrads];
    };
    const thunks: Record<string, () => Tensor | null> = {};
    const names = [...Array.from({ length: numInputs }, (_, i) => `x${i}`), ...variables.map((_, i) => `v${i}`)];
    names.forEach((name, i) => {
      thunks[name] = () => {
        grads ??= compute();
        return grads[i] ?? null;
      };
    });
    return thunks;
  };
}
