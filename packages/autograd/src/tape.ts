import {
  AttributeError,
  convertToTensor,
  isFloatDType,
  onesLike,
  popRecorder,
  pushRecorder,
  ReadVariableOp,
  RuntimeError,
  Tensor,
  ValueError,
  Variable,
  zeros,
  add,
  type Input,
  type NamedAttrMap,
  type OpInputs,
  type Recorder,
} from '@tensortape/core';
import { backprop, type TapeNode } from './backprop';
import { isNonDifferentiable } from './gradient-registry';
import { warn } from './logger';
import { flattenNest, isTensorOrVariable, packNest, type MapNest, type Nest } from './nest';

export interface GradientTapeOptions {
  /** Allow any number of `gradient` calls (TF's `persistent`). Default false. */
  persistent?: boolean;
  /** Watch trainable variables read while recording. Default true. */
  watchAccessedVariables?: boolean;
}

export type UnconnectedGradients = 'none' | 'zero';

export interface GradientOptions {
  /** Initial gradients for the targets, one per flattened target (default: ones). */
  outputGradients?: Nest<Input> | readonly Input[];
  /** What an unconnected source gets: null (`'none'`, the default) or zeros (`'zero'`). */
  unconnectedGradients?: UnconnectedGradients;
}

/** What one recording session of a tape holds. */
interface TapeData {
  readonly nodes: TapeNode[];
  /** Ids of watched tensors, variable handles and everything recorded from them. */
  readonly watched: Set<number>;
  /** Watched variables by handle id. */
  readonly variables: Map<number, Variable>;
}

const newTapeData = (): TapeData => ({ nodes: [], watched: new Set(), variables: new Map() });

const CONSUMED = 'A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)';
const NOT_RECORDING = 'Tape is not recording.';

/**
 * Records operations for automatic differentiation, as TF 2's `tf.GradientTape`. Python's
 * `with tape:` block is the callback of `tape.record(fn)`.
 *
 * @example
 * const x = new tf.Variable(3);
 * const tape = new tf.GradientTape();
 * const y = tape.record(() => tf.square(x));
 * console.log(String(tape.gradient(y, x)));
 * // tf.Tensor(6.0, shape=(), dtype=float32)
 */
export class GradientTape implements Recorder {
  readonly persistent: boolean;
  readonly watchAccessedVariables: boolean;
  #data: TapeData | null = null;
  #recording = false;
  /** What `watchedVariables()` answers after a non-persistent tape is consumed. */
  #consumedVariables: readonly Variable[] = [];
  #warnedGradientInside = false;

  constructor(options: GradientTapeOptions = {}) {
    this.persistent = options.persistent ?? false;
    this.watchAccessedVariables = options.watchAccessedVariables ?? true;
  }

  /** Whether the tape is recording now (inside `record`). */
  get isRecording(): boolean {
    return this.#recording;
  }

  /**
   * Runs `fn` with this tape recording and returns its result. Calling it again after it
   * returned resumes the same recording (unless a non-persistent `gradient` consumed it, which
   * starts a fresh one). `fn` must be synchronous.
   */
  record<T>(fn: (tape: this) => T): T {
    if (this.#recording) {
      throw new ValueError('Tape is still recording, This can happen if you try to re-enter an already-active tape.');
    }
    this.#data ??= newTapeData();
    this.#push();
    let result: T;
    try {
      result = fn(this);
    } finally {
      this.#pop();
    }
    if (result instanceof Promise) {
      result.catch(() => {}); // the caller gets our error instead
      throw new TypeError(
        'GradientTape.record() needs a synchronous function: ops after an `await` would run outside the tape. ' +
          'Await first, then record.',
      );
    }
    return result;
  }

  /**
   * Watches tensors and variables (or arrays and objects of them) so that ops on them are
   * recorded. Watching a non-float value warns and yields a null gradient, as in TF.
   */
  watch(x: Nest<Tensor | Variable>): void {
    const leaves = flattenNest(x);
    for (const leaf of leaves) {
      if (!isTensorOrVariable(leaf)) throw notTensorError(leaf);
    }
    this.#data ??= newTapeData();
    for (const leaf of leaves as (Tensor | Variable)[]) {
      if (!isFloatDType(leaf.dtype)) {
        warn(`The dtype of the watched tensor must be floating (e.g. tf.float32), got tf.${leaf.dtype}`);
      }
      if (leaf instanceof Variable) this.#watchVariable(leaf);
      else this.#data.watched.add(leaf.id);
    }
  }

  /** The variables this tape watches, in creation order. */
  watchedVariables(): Variable[] {
    if (!this.#data) return [...this.#consumedVariables];
    return [...this.#data.variables.values()].sort((a, b) => a.id - b.id);
  }

  /**
   * The gradient of `target` (summed over its elements, and over all targets of an array or
   * object) with respect to each source, in the sources' structure. An unconnected or non-float
   * source gets null (or zeros with `unconnectedGradients: 'zero'`).
   */
  gradient<const S extends Nest<Tensor | Variable>>(
    target: Nest<Tensor | Variable>,
    sources: S,
    options: GradientOptions = {},
  ): MapNest<S, Tensor | null> {
    const data = this.#data;
    if (!data) throw new RuntimeError(CONSUMED);
    if (this.#recording) {
      if (this.persistent) {
        if (!this.#warnedGradientInside) {
          this.#warnedGradientInside = true;
          warn(
            'Calling GradientTape.gradient on a persistent tape inside its context is significantly less efficient than calling it outside the context (it causes the gradient ops to be recorded on the tape, leading to increased CPU and memory usage). Only call GradientTape.gradient inside the context if you actually want to trace the gradient in order to compute higher order derivatives.',
          );
        }
      } else {
        this.#pop();
      }
    }
    const unconnected = options.unconnectedGradients ?? 'none';
    if (unconnected !== 'none' && unconnected !== 'zero') {
      throw new ValueError(`Unknown value for unconnected_gradients: '${String(unconnected)}'`);
    }
    if (target === null || target === undefined) {
      throw new TypeError(
        'Argument `target` should be a list or nested structure of Tensors, Variables or CompositeTensors to be differentiated, but received None.',
      );
    }
    const targets = flattenNest(target).map((t) => asTraced(t, 'dtype'));
    const sourceLeaves = flattenNest(sources).map((s) => asTraced(s, '_id'));
    const seedList = options.outputGradients === undefined ? undefined : flattenNest(options.outputGradients);
    if (!this.persistent) {
      this.#consumedVariables = this.watchedVariables();
      this.#data = null;
    }

    const seeds = new Map<number, Tensor>();
    targets.forEach((t, i) => {
      if (!isFloatDType(t.dtype)) return;
      const given = seedList?.[i];
      const seed = given === undefined || given === null ? onesLike(t) : convertToTensor(given as Input);
      const prev = seeds.get(t.id);
      seeds.set(t.id, prev ? add(prev, seed) : seed);
    });
    const grads = backprop(data.nodes, seeds, new Set(sourceLeaves.map((s) => s.id)));
    const results = sourceLeaves.map((s) => {
      const g = isFloatDType(s.dtype) ? grads.get(s.id) : undefined;
      if (g) return g;
      return unconnected === 'zero' ? zeros(s.shape, s.dtype) : null;
    });
    return packNest(sources, results) as MapNest<S, Tensor | null>;
  }

  /** Forgets everything recorded so far (and watched variables); keeps recording. */
  reset(): void {
    if (!this.#recording) throw new ValueError(NOT_RECORDING);
    this.#data = newTapeData();
  }

  /** Runs `fn` without recording on this tape (other tapes still record). */
  stopRecording<T>(fn: () => T): T {
    if (!this.#recording) {
      if (!this.#data) throw new RuntimeError('Trying to stop recording a tape which is not recording.');
      throw new ValueError(NOT_RECORDING);
    }
    this.#pop();
    try {
      return fn();
    } finally {
      this.#push();
    }
  }

  // ---- Recorder -----------------------------------------------------------------------------

  /** @internal */
  recordOp(kernelName: string, inputs: OpInputs, attrs: NamedAttrMap, outputs: readonly Tensor[]): void {
    const data = this.#data;
    if (!data || isNonDifferentiable(kernelName)) return;
    let watched = false;
    for (const key in inputs) {
      if (data.watched.has((inputs[key] as Tensor | Variable).id)) {
        watched = true;
        break;
      }
    }
    if (!watched) return;
    // A variable's value tensor is shared by its reads: record the read once per value.
    if (kernelName === ReadVariableOp && data.watched.has((outputs[0] as Tensor).id)) return;
    data.nodes.push({ kernelName, inputs, attrs, outputs });
    for (const o of outputs) data.watched.add(o.id);
  }

  /** @internal */
  variableAccessed(variable: Variable): void {
    if (this.watchAccessedVariables && variable.trainable) this.#watchVariable(variable);
  }

  #watchVariable(v: Variable): void {
    const data = this.#data as TapeData;
    data.watched.add(v.id);
    if (!data.variables.has(v.id)) data.variables.set(v.id, v);
  }

  #push(): void {
    pushRecorder(this);
    this.#recording = true;
  }

  #pop(): void {
    if (this.#recording) popRecorder(this);
    this.#recording = false;
  }
}

/** TF's message for watching something that is not a tensor or variable. */
function notTensorError(x: unknown): ValueError {
  const [text, type] = describe(x);
  return new ValueError(`Passed in object ${text} of type '${type}', not tf.Tensor or tf.Variable or ExtensionType.`);
}

function describe(x: unknown): [string, string] {
  if (x === null || x === undefined) return ['None', 'NoneType'];
  if (typeof x === 'number') return [String(x), 'number'];
  if (typeof x === 'object') return [String(x), x.constructor?.name ?? 'object'];
  return [String(x), typeof x];
}

/** A target or source as the tape sees it, with TF's errors for anything else. */
function asTraced(x: unknown, attribute: 'dtype' | '_id'): Tensor | Variable {
  if (x instanceof Tensor || x instanceof Variable) return x;
  if (x === null || x === undefined) {
    throw new TypeError('Cannot convert the argument `type_value`: None to a TensorFlow DType.');
  }
  throw new AttributeError(`'${describe(x)[1]}' object has no attribute '${attribute}'`);
}
