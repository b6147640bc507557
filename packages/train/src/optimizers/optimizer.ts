import {
  convertToTensor,
  fill,
  formatShape,
  isFloatDType,
  isTensorOrVariable,
  multiply,
  shapesEqual,
  subtract,
  tidy,
  ValueError,
  Variable,
  withoutRecording,
  type Input,
  type Tensor,
} from '@tensortape/core';
import { GradientTape } from '@tensortape/autograd';
import { learningRateAt, type LearningRate } from '../schedules/learning-rate-schedule';
import { clipGradients, checkClipOptions } from './clip-gradients';

/** The options every optimizer takes (Keras's base `Optimizer` arguments, in camelCase). */
export interface OptimizerOptions {
  /** A constant, a schedule of the step, or a function of the step. Each optimizer has its default. */
  learningRate?: LearningRate;
  /**
   * Decoupled weight decay: before each update, `variable -= variable * weightDecay * learningRate`
   * (Keras's `weight_decay`). Off by default, except for AdamW.
   */
  weightDecay?: number;
  /** Rescales each gradient to this L2 norm at most. */
  clipnorm?: number;
  /** Clips each gradient element to [-clipvalue, clipvalue]. */
  clipvalue?: number;
  /** Rescales all gradients together so that their joint L2 norm is at most this. */
  globalClipnorm?: number;
  /** Prefixes the slot variables' names. Defaults to the optimizer's kind (`'adam'`, …). */
  name?: string;
}

/** A slot variable's name and initial value, as an optimizer declares them. */
export interface SlotSpec {
  readonly name: string;
  readonly initialValue: number;
}

/** What `applyGradients` takes: a gradient (null or undefined ones are skipped) and its variable. */
export type GradientAndVariable = readonly [gradient: Input | null | undefined, variable: Variable];

interface VariableState {
  readonly variable: Variable;
  readonly slots: Map<string, Variable>;
}

/**
 * The base of every optimizer (Keras 3's `Optimizer`): it keeps the step count in `iterations`,
 * one set of slot variables per trained Variable (created at its first update), and applies
 * clipping, weight decay and the subclass's update rule.
 */
export abstract class Optimizer {
  readonly name: string;
  /** The number of updates applied so far (an int32 Variable, saved by checkpoints). */
  readonly iterations: Variable;
  learningRate: LearningRate;
  readonly weightDecay: number | undefined;
  readonly clipnorm: number | undefined;
  readonly clipvalue: number | undefined;
  readonly globalClipnorm: number | undefined;
  readonly #states = new Map<number, VariableState>();

  protected constructor(defaultName: string, defaultLearningRate: number, options: OptimizerOptions) {
    checkClipOptions(options);
    this.name = options.name ?? defaultName;
    this.learningRate = options.learningRate ?? defaultLearningRate;
    this.weightDecay = options.weightDecay;
    this.clipnorm = options.clipnorm;
    this.clipvalue = options.clipvalue;
    this.globalClipnorm = options.globalClipnorm;
    this.iterations = new Variable(0n, { name: `${this.name}/iteration`, trainable: false });
  }

  /** The slot variables each trained Variable gets, with their initial values. */
  protected abstract slotSpecs(): readonly SlotSpec[];

  /**
   * Updates `variable` (and its slots) from `gradient`. Runs unrecorded, in the variable's dtype;
   * `step` is the 1-based number of this update.
   */
  protected abstract updateStep(gradient: Tensor, variable: Variable, learningRate: number, step: number): void;

  /** The names of the slots this optimizer keeps per variable (Keras's `get_slot_names`). */
  get slotNames(): string[] {
    return this.slotSpecs().map((s) => s.name);
  }

  /** `iterations` and every slot variable, in creation order. */
  get variables(): Variable[] {
    return [this.iterations, ...[...this.#states.values()].flatMap((s) => [...s.slots.values()])];
  }

  /** The step count as a JS number. */
  get step(): number {
    return this.iterations.dataSync()[0] as number;
  }

  /** The learning rate the next update will use. */
  currentLearningRate(): number {
    return learningRateAt(this.learningRate, this.step);
  }

  /**
   * The slot `name` of `variable` (Keras's `get_slot`): for Adam `'m'`, `'v'` (and `'vhat'`
   * with amsgrad). Slots exist once the variable was updated (or after `build`).
   *
   * @example
   * const w = new tf.Variable([1, 2]);
   * const opt = new tf.Adam();
   * opt.applyGradients([[tf.constant([0.5, 0.5]), w]]);
   * console.log(opt.getSlot(w, 'm').format()); // [0.05 0.05]
   */
  getSlot(variable: Variable, name: string): Variable {
    const slots = this.#states.get(variable.id)?.slots;
    if (!slots) throw new ValueError(`The optimizer '${this.name}' has no slots for variable '${variable.name}' yet (it was never updated).`);
    const slot = slots.get(name);
    if (!slot) throw new ValueError(`Unknown slot '${name}'; the optimizer '${this.name}' keeps: ${this.slotNames.join(', ') || 'none'}.`);
    return slot;
  }

  /** Creates the slot variables of each variable that has none yet (Keras's `build`). */
  build(variables: readonly Variable[]): void {
    for (const v of variables) this.stateOf(v);
  }

  /**
   * Applies one update to each variable whose gradient is not null (Keras's
   * `apply_gradients`), then counts one iteration. Every pair is checked before anything changes.
   *
   * @example
   * const w = new tf.Variable(2);
   * const opt = new tf.SGD({ learningRate: 0.1 });
   * opt.applyGradients([[tf.constant(4), w]]);
   * console.log(w.format()); // 1.6
   */
  applyGradients(pairs: Iterable<GradientAndVariable>): void {
    const checked = checkPairs(this.name, [...pairs]);
    withoutRecording(() =>
      tidy(() => {
        const step = this.step;
        const lr = learningRateAt(this.learningRate, step);
        const grads = clipGradients(
          checked.map((p) => p.gradient),
          this,
        );
        const states = checked.map((p) => this.stateOf(p.variable));
        if (this.weightDecay !== undefined && this.weightDecay !== 0) {
          for (const { variable } of states) {
            variable.assign(subtract(variable, multiply(multiply(variable, this.weightDecay), lr)), { readValue: false });
          }
        }
        states.forEach(({ variable }, i) => this.updateStep(grads[i] as Tensor, variable, lr, step + 1));
        this.iterations.assignAdd(1n, { readValue: false });
      }),
    );
  }

  /**
   * Computes `loss()` under a GradientTape watching `variables`, and applies its gradients
   * (Keras's `minimize` with a callable loss). Returns the loss value, computed before the update.
   *
   * @example
   * const x = new tf.Variable(5);
   * const opt = new tf.SGD({ learningRate: 0.1 });
   * for (let i = 0; i < 100; i++) opt.minimize(() => tf.square(tf.subtract(x, 3)), [x]);
   * console.log(Number(x.numpy()).toFixed(4)); // 3.0000
   */
  minimize(loss: () => Input, variables: readonly Variable[]): Tensor {
    const tape = new GradientTape();
    tape.watch([...variables]);
    const value = tape.record(() => convertToTensor(loss()));
    const grads = tape.gradient(value, [...variables]);
    this.applyGradients(variables.map((v, i) => [grads[i], v] as const));
    return value;
  }

  private stateOf(variable: Variable): VariableState {
    let state = this.#states.get(variable.id);
    if (!state) {
      const slots = new Map<string, Variable>();
      const prefix = variable.name.replace(/:0$/, '');
      for (const spec of this.slotSpecs()) {
        const init = withoutRecording(() => fill([...variable.shape], spec.initialValue, variable.dtype));
        slots.set(spec.name, new Variable(init, { name: `${this.name}/${prefix}_${spec.name}`, trainable: false }));
      }
      state = { variable, slots };
      this.#states.set(variable.id, state);
    }
    return state;
  }

  /** @internal The slots per variable, for checkpoints. */
  slotState(variable: Variable): ReadonlyMap<string, Variable> | undefined {
    return this.#states.get(variable.id)?.slots;
  }

  /** @internal The variables that have slots, in the order they got them. */
  slottedVariables(): Variable[] {
    return [...this.#states.values()].map((s) => s.variable);
  }

  /**
   * @internal Sets the state from a checkpoint (already validated): the step count, and for each
   * variable either its slot values or, when `slots` has none for it, no slots (a fresh start).
   */
  restoreState(iterations: Tensor, tracked: readonly Variable[], slots: ReadonlyMap<Variable, ReadonlyMap<string, Tensor>>): void {
    withoutRecording(() => {
      this.iterations.assign(iterations, { readValue: false });
      for (const variable of tracked) {
        const values = slots.get(variable);
        if (!values) {
          this.#states.delete(variable.id);
          continue;
        }
        const state = this.stateOf(variable);
        for (const [name, value] of values) state.slots.get(name)?.assign(value, { readValue: false });
      }
    });
  }
}

interface CheckedPair {
  readonly gradient: Tensor;
  readonly variable: Variable;
}

/** Drops null gradients and checks the rest, so that a bad pair leaves every variable unchanged. */
function checkPairs(name: string, pairs: readonly GradientAndVariable[]): CheckedPair[] {
  const checked: CheckedPair[] = [];
  for (const pair of pairs) {
    const [gradient, variable] = pair;
    if (!(variable instanceof Variable)) {
      throw new ValueError(`Optimizer '${name}' can only update tf.Variable objects. Received: ${String(variable)}`);
    }
    if (gradient === null || gradient === undefined) continue;
    if (!isFloatDType(variable.dtype)) {
      throw new ValueError(`Optimizer '${name}' cannot update the variable '${variable.name}' of dtype ${variable.dtype}: only float32 and float64 variables train.`);
    }
    if (isTensorOrVariable(gradient) && gradient.dtype !== variable.dtype) {
      throw new ValueError(`The gradient for variable '${variable.name}' has dtype ${gradient.dtype}, but the variable has dtype ${variable.dtype}.`);
    }
    const g = withoutRecording(() => convertToTensor(gradient, variable.dtype));
    if (!shapesEqual(g.shape, variable.shape)) {
      throw new ValueError(
        `The gradient for variable '${variable.name}' has shape ${formatShape(g.shape)}, but the variable has shape ${formatShape(variable.shape)}.`,
      );
    }
    checked.push({ gradient: g, variable });
  }
  if (checked.length === 0) throw new ValueError('No gradients provided for any variable.');
  return checked;
}
