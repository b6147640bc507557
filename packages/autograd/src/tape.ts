import {
  add,
  AttributeError,
  convertToTensor,
  isFloatDType,
  isTensorOrVariable,
  onesLike,
  popRecorder,
  pushRecorder,
  ReadVariableOp,
  RuntimeError,
  Tensor,
  ValueError,
  Variable,
  zeros,
  type Input,
} from '@tensortape/core';
import { backprop, prune, type TapeNode } from './backprop';
import { isNonDifferentiable } from './gradient-registry';
import { batchJacobianOf, checkBatchShapes, checkParallelIterations, jacobianOf, type JacobianOptions } from './jacobian';
import { warnFirstN } from './logger';
import { flattenNest, packNest, type MapNest, type Nest } from './nest';
import { NodeRecorder } from './node-recorder';

export interface GradientTapeOptions {
  /** Allow any number of `gradient` and `jacobian` calls (TF's `persistent`). Default false. */
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

export type { JacobianOptions } from './jacobian';

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
const GRADIENT_INSIDE =
  'Calling GradientTape.gradient on a persistent tape inside its context is significantly less efficient than calling it outside the context (it causes the gradient ops to be recorded on the tape, leading to increased CPU and memory usage). Only call GradientTape.gradient inside the context if you actually want to trace the gradient in order to compute higher order derivatives.';

/**
 * Records operations for automatic differentiation, as TF 2's `tf.GradientTape`. Python's
 * `with tape:` block is the callback of `tape.record(fn)` (or a `using` block with
 * `tape.enter()`).
 *
 * @example
 * const x = new tf.Variable(3);
 * const tape = new tf.GradientTape();
 * const y = tape.record(() => tf.square(x));
 * console.log(String(tape.gradient(y, x)));
 * // tf.Tensor(6.0, shape=(), dtype=float32)
 */
export class GradientTape extends NodeRecorder {
  readonly persistent: boolean;
  readonly watchAccessedVariables: boolean;
  #data: TapeData | null = null;
  #recording = false;
  /** What `watchedVariables()` answers after a non-persistent tape is consumed. */
  #consumedVariables: readonly Variable[] = [];

  constructor(options: GradientTapeOptions = {}) {
    super();
    this.persistent = options.persistent ?? false;
    this.watchAccessedVariables = options.watchAccessedVariables ?? true;
  }

  /** Whether the tape is recording now. */
  get isRecording(): boolean {
    return this.#recording;
  }

  /**
   * Runs `fn` with this tape recording and returns its result. Calling it again after it
   * returned resumes the same recording (unless a non-persistent `gradient` consumed it, which
   * starts a fresh one). `fn` must be synchronous.
   */
  record<T>(fn: (tape: this) => T): T {
    const session = this.enter();
    let result: T;
    try {
      result = fn(this);
    } finally {
      session[Symbol.dispose]();
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
   * Starts recording until the returned handle is disposed: the `using` form of `record`.
   *
   * @example
   * const tape = new tf.GradientTape();
   * let y;
   * {
   *   using _recording = tape.enter();
   *   y = tf.square(x);
   * }
   * tape.gradient(y, x);
   */
  enter(): Disposable {
    if (this.#recording) {
      throw new ValueError('Tape is still recording, This can happen if you try to re-enter an already-active tape.');
    }
    this.#data ??= newTapeData();
    this.#push();
    return { [Symbol.dispose]: () => this.#pop() };
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
    const data = (this.#data ??= newTapeData());
    for (const leaf of leaves as (Tensor | Variable)[]) {
      if (!isFloatDType(leaf.dtype)) {
        warnFirstN(`The dtype of the watched tensor must be floating (e.g. tf.float32), got tf.${leaf.dtype}`, 5, 1);
      }
      if (leaf instanceof Variable) this.#watchVariable(data, leaf);
      else data.watched.add(leaf.id);
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
    const data = this.#open('gradient');
    const unconnected = checkUnconnected(options.unconnectedGradients);
    if (target === null || target === undefined) {
      throw new TypeError(
        'Argument `target` should be a list or nested structure of Tensors, Variables or CompositeTensors to be differentiated, but received None.',
      );
    }
    const targets = flattenNest(target).map((t) => asTraced(t, 'dtype'));
    const sourceLeaves = flattenNest(sources).map((s) => asTraced(s, '_id'));
    const seedList = options.outputGradients === undefined ? undefined : flattenNest(options.outputGradients);
    this.#consume();

    const seeds = new Map<number, Tensor>();
    targets.forEach((t, i) => {
      if (!isFloatDType(t.dtype)) return;
      const given = seedList?.[i];
      const seed = given === undefined || given === null ? onesLike(t) : convertToTensor(given as Input);
      const prev = seeds.get(t.id);
      seeds.set(t.id, prev ? add(prev, seed) : seed);
    });
    const grads = backprop(prune(data.nodes, sourceLeaves.map((s) => s.id)), seeds);
    const results = sourceLeaves.map((s) => {
      const g = isFloatDType(s.dtype) ? grads.get(s.id) : undefined;
      if (g) return g;
      return unconnected === 'zero' ? zeros(s.shape, s.dtype) : null;
    });
    return packNest(sources, results) as MapNest<S, Tensor | null>;
  }

  /**
   * The Jacobian of `target` with respect to each source: for a source of shape S and a
   * target of shape T, a tensor of shape [...T, ...S] (TF `GradientTape.jacobian`). One
   * backward pass computes every row at once; {@link JacobianOptions} chunks the rows or runs
   * one pass per row.
   */
  jacobian<const S extends Nest<Tensor | Variable>>(
    target: Tensor | Variable,
    sources: S,
    options: JacobianOptions = {},
  ): MapNest<S, Tensor | null> {
    if (options.experimentalUsePfor === false && !this.persistent) {
      throw new RuntimeError(
        'GradientTape must be created with persistent=True to compute the jacobian with eager execution enabled and with  experimental_use_pfor set to False.',
      );
    }
    const data = this.#open('jacobian');
    const unconnected = checkUnconnected(options.unconnectedGradients);
    checkParallelIterations(options);
    const sourceLeaves = flattenNest(sources).map((s) => asTraced(s, '_id'));
    const traced = asTraced(target, 'dtype');
    this.#consume();
    const results = jacobianOf(data.nodes, traced, sourceLeaves, unconnected, options);
    return packNest(sources, results) as MapNest<S, Tensor | null>;
  }

  /**
   * Per-example Jacobians: for target [b, ...T] and source [b, ...S], a tensor of shape
   * [b, ...T, ...S], assuming example i of the target depends only on example i of the source
   * (TF `GradientTape.batch_jacobian`). Unconnected gives zeros.
   */
  batchJacobian(target: Tensor | Variable, source: Tensor | Variable, options: JacobianOptions = {}): Tensor {
    if (options.experimentalUsePfor === false && !this.persistent) {
      throw new RuntimeError(
        'GradientTape must be created with persistent=True to compute the batch_jacobian with eager execution enabled and  with experimental_use_pfor set to False.',
      );
    }
    const data = this.#open('batchJacobian');
    const [t, s] = [asTraced(target, 'dtype'), asTraced(source, '_id')];
    checkBatchShapes(t, s);
    checkParallelIterations(options);
    this.#consume();
    return batchJacobianOf(data.nodes, t, s, options);
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

  /**
   * Releases what the tape holds (its recorded ops and their tensors) and stops it. A
   * non-persistent tape does this itself after `gradient`; a persistent one keeps its
   * recording until disposed (or collected).
   */
  dispose(): void {
    this.#pop();
    this.#data = null;
    this.#consumedVariables = [];
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  // ---- recording ----------------------------------------------------------------------------

  /** @internal */
  recordNode(node: TapeNode): void {
    const data = this.#data;
    if (!data || isNonDifferentiable(node.kernelName)) return;
    let watched = false;
    for (const key in node.inputs) {
      if (data.watched.has((node.inputs[key] as Tensor | Variable).id)) {
        watched = true;
        break;
      }
    }
    if (!watched) return;
    // A variable's value tensor is shared by its reads: record the read once per value.
    if (node.kernelName === ReadVariableOp && data.watched.has((node.outputs[0] as Tensor).id)) return;
    data.nodes.push(node);
    for (const o of node.outputs) data.watched.add(o.id);
  }

  /** @internal */
  variableAccessed(variable: Variable): void {
    if (this.#data && this.watchAccessedVariables && variable.trainable) this.#watchVariable(this.#data, variable);
  }

  /**
   * The recording to answer from. A non-persistent tape answers once: inside `record` it stops
   * recording first (TF pops it); persistent tapes go on recording, so their gradient ops are
   * recorded too (higher order), with TF's warning once per calling line.
   */
  #open(method: 'gradient' | 'jacobian' | 'batchJacobian'): TapeData {
    const data = this.#data;
    if (!data) throw new RuntimeError(method === 'batchJacobian' ? CONSUMED.replace('used to compute', 'used tocompute') : CONSUMED);
    if (this.#recording) {
      if (this.persistent) {
        if (method === 'gradient') warnFirstN(GRADIENT_INSIDE, 1, 2);
      } else {
        this.#pop();
      }
    }
    return data;
  }

  /** After the arguments checked out: a non-persistent tape gives up its recording. */
  #consume(): void {
    if (this.persistent) return;
    this.#consumedVariables = this.watchedVariables();
    this.#data = null;
  }

  #watchVariable(data: TapeData, v: Variable): void {
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

/** The `unconnectedGradients` option, with TF's error for anything but 'none' and 'zero'. */
export function checkUnconnected(value: UnconnectedGradients | undefined): UnconnectedGradients {
  const v = value ?? 'none';
  if (v !== 'none' && v !== 'zero') throw new ValueError(`Unknown value for unconnected_gradients: '${String(v)}'`);
  return v;
}

/** TF's message for watching something that is not a tensor or variable. */
function notTensorError(x: unknown): ValueError {
  const [text, type] = describe(x);
  return new ValueError(`Passed in object ${text} of type '${type}', not tf.Tensor or tf.Variable or ExtensionType.`);
}

function describe(x: unknown): [string, string] {
  if (x === null || x === undefined) return ['None', 'NoneType'];
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
