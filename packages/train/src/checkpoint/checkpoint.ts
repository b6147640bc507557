import { formatShape, shapesEqual, tensorFromValues, ValueError, Variable, type DType, type Tensor } from '@tensortape/core';
import { Optimizer } from '../optimizers/optimizer';
import { decodeCheckpoint, encodeCheckpoint, type CheckpointEntry } from './checkpoint-format';
import { readFileBytes, writeFileAtomic } from './checkpoint-file';

/** What a checkpoint saves: Variables and optimizers, in arrays and plain objects to any depth. */
export type Trackable = Variable | Optimizer | readonly Trackable[] | { readonly [key: string]: Trackable };

/** The marker between a variable's path and its optimizer slots, as TF's checkpoint keys have it. */
const SLOT = '.OPTIMIZER_SLOT';

interface Tracked {
  /** Each variable once, by path (the first path that reaches it). */
  readonly variables: Map<string, Variable>;
  readonly pathOf: Map<number, string>;
  readonly optimizers: Map<string, Optimizer>;
}

interface Expected {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly what: string;
}

/**
 * Saves and restores Variables and optimizer state (TF's `tf.train.Checkpoint`). Entries are
 * named by their path in `objects` (`'model/w'`), optimizer state by the optimizer's path
 * (`'optimizer/iterations'`) and slots by variable and optimizer
 * (`'model/w/.OPTIMIZER_SLOT/optimizer/m'`).
 *
 * Saving gives bytes anywhere, or a file in Node that is replaced atomically. Restoring checks
 * the whole checkpoint first (integrity, then every name, dtype and shape) and changes nothing
 * when anything is wrong: damage raises `DataLossError`, a mismatch `ValueError`, each naming
 * what is wrong.
 *
 * @example
 * const w = new tf.Variable([1, 2]);
 * const opt = new tf.Adam();
 * const ckpt = new tf.Checkpoint({ w, optimizer: opt });
 * const bytes = ckpt.toBytes();
 * w.assign([5, 5]);
 * ckpt.loadBytes(bytes);
 * console.log(w.format()); // [1. 2.]
 */
export class Checkpoint {
  constructor(readonly objects: { readonly [key: string]: Trackable }) {
    this.#track();
  }

  /** The checkpoint's current values as bytes (the format of `encodeCheckpoint`). */
  toBytes(): Uint8Array {
    return encodeCheckpoint(this.#entries());
  }

  /** Restores every tracked value from `bytes`, or changes nothing and throws. */
  loadBytes(bytes: Uint8Array): void {
    const entries = decodeCheckpoint(bytes);
    this.#restore(entries);
  }

  /**
   * Saves to the file at `path` atomically: a temporary file beside it is written and flushed,
   * then renamed over `path`, so a crash during a save leaves the previous checkpoint intact.
   * Node only.
   */
  async write(path: string): Promise<void> {
    await writeFileAtomic(path, this.toBytes());
  }

  /** Restores from the file at `path` (as `loadBytes`); a missing file raises `NotFoundError`. Node only. */
  async read(path: string): Promise<void> {
    this.loadBytes(await readFileBytes(path));
  }

  /** The names of the entries a save writes now, in order. */
  entryNames(): string[] {
    return this.#entries().map((e) => e.name);
  }

  #track(): Tracked {
    const tracked: Tracked = { variables: new Map(), pathOf: new Map(), optimizers: new Map() };
    const seenOptimizers = new Set<Optimizer>();
    const visit = (value: unknown, path: string): void => {
      if (value instanceof Variable) {
        if (!tracked.pathOf.has(value.id)) {
          tracked.pathOf.set(value.id, path);
          tracked.variables.set(path, value);
        }
      } else if (value instanceof Optimizer) {
        if (!seenOptimizers.has(value)) {
          seenOptimizers.add(value);
          tracked.optimizers.set(path, value);
        }
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => visit(v, `${path}/${i}`));
      } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, v] of Object.entries(value)) visit(v, join(path, key));
      } else {
        const kind = value === null ? 'null' : typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
        throw new ValueError(
          `Checkpoint can only save Variables and optimizers (in arrays and plain objects); '${path}' is ${kind === 'Tensor' ? 'a Tensor, which is immutable: hold state in a Variable' : `a ${kind}`}.`,
        );
      }
    };
    for (const [key, value] of Object.entries(this.objects)) visit(value, join('', key));
    return tracked;
  }

  #entries(): CheckpointEntry[] {
    const { variables, pathOf, optimizers } = this.#track();
    const entries: CheckpointEntry[] = [];
    const add = (name: string, v: Variable) => entries.push({ name, dtype: v.dtype, shape: v.shape, data: v.dataSync() });
    for (const [path, v] of variables) add(path, v);
    for (const [opt, optimizer] of optimizers) {
      add(`${opt}/iterations`, optimizer.iterations);
      for (const v of optimizer.slottedVariables()) {
        const slots = optimizer.slotState(v);
        if (!slots || slots.size === 0) continue;
        const path = pathOf.get(v.id);
        if (path === undefined) {
          throw new ValueError(
            `The optimizer '${opt}' has state for the variable '${v.name}', which this checkpoint does not track: add the variable to the checkpoint.`,
          );
        }
        for (const [slot, value] of slots) add(`${path}/${SLOT}/${opt}/${slot}`, value);
      }
    }
    return entries;
  }

  #restore(entries: readonly CheckpointEntry[]): void {
    const { variables, optimizers } = this.#track();
    const expected = new Map<string, Expected>();
    const required: string[] = [];
    for (const [path, v] of variables) {
      expected.set(path, { dtype: v.dtype, shape: v.shape, what: `variable '${v.name}'` });
      required.push(path);
    }
    for (const [opt, optimizer] of optimizers) {
      expected.set(`${opt}/iterations`, { dtype: 'int32', shape: [], what: `the step count of optimizer '${opt}'` });
      required.push(`${opt}/iterations`);
      for (const [path, v] of variables) {
        for (const slot of optimizer.slotNames) {
          expected.set(`${path}/${SLOT}/${opt}/${slot}`, { dtype: v.dtype, shape: v.shape, what: `slot '${slot}' of variable '${v.name}'` });
        }
      }
    }

    const byName = new Map(entries.map((e) => [e.name, e]));
    const problems: string[] = [];
    for (const e of entries) {
      const want = expected.get(e.name);
      if (!want) problems.push(`it holds '${e.name}', which this checkpoint does not track`);
      else if (e.dtype !== want.dtype) problems.push(`'${e.name}' is ${e.dtype} in the file, but ${want.what} is ${want.dtype}`);
      else if (!shapesEqual(e.shape, want.shape)) {
        problems.push(`'${e.name}' has shape ${formatShape(e.shape)} in the file, but ${want.what} has shape ${formatShape(want.shape)}`);
      }
    }
    for (const name of required) if (!byName.has(name)) problems.push(`it lacks '${name}' (${(expected.get(name) as Expected).what})`);
    for (const [opt, optimizer] of optimizers) {
      for (const path of variables.keys()) {
        const names = optimizer.slotNames.map((slot) => `${path}/${SLOT}/${opt}/${slot}`);
        const present = names.filter((n) => byName.has(n));
        if (present.length > 0 && present.length < names.length) {
          problems.push(`it has only some slots of '${path}' for optimizer '${opt}' (missing ${names.filter((n) => !byName.has(n)).map((n) => `'${n}'`).join(', ')})`);
        }
      }
    }
    if (problems.length > 0) throw new ValueError(`Cannot restore the checkpoint, nothing was changed: ${problems.join('; ')}.`);

    const tensor = (name: string): Tensor => {
      const e = byName.get(name) as CheckpointEntry;
      return tensorFromValues(e.data, [...e.shape], e.dtype);
    };
    for (const [path, v] of variables) v.assign(tensor(path), { readValue: false });
    for (const [opt, optimizer] of optimizers) {
      const slots = new Map<Variable, Map<string, Tensor>>();
      for (const [path, v] of variables) {
        if (!byName.has(`${path}/${SLOT}/${opt}/${optimizer.slotNames[0]}`)) continue;
        slots.set(v, new Map(optimizer.slotNames.map((slot) => [slot, tensor(`${path}/${SLOT}/${opt}/${slot}`)])));
      }
      optimizer.restoreState(tensor(`${opt}/iterations`), [...variables.values()], slots);
    }
  }
}

/** A path with one more key; keys may not contain '/' or start with '.' (reserved for slots). */
function join(path: string, key: string): string {
  if (key === '' || key.includes('/') || key.startsWith('.')) {
    throw new ValueError(`Checkpoint keys may not be empty, contain '/' or start with '.'; got '${key}'${path ? ` under '${path}'` : ''}.`);
  }
  return path ? `${path}/${key}` : key;
}
