import type { Backend, BackendFactory, NamedAttrMap, TensorInfo } from './backend';
import { bytesPerElement, type DType, type TypedArray } from './dtypes';
import { NotFoundError, ValueError } from './errors';
import { state } from './global-state';
import { getKernel } from './kernel-registry';
import type { OpInputs, Recorder } from './recorder';
import { sizeOf, type Shape } from './shape';
import { Tensor } from './tensor';

// ---- backends -------------------------------------------------------------------------------

/**
 * Makes a backend available under `name`. The registered backend with the highest priority is
 * used until `setBackend` picks another.
 */
export function registerBackend(name: string, factory: BackendFactory, priority = 1): void {
  state.backendFactories.set(name, { factory, priority });
}

export function removeBackend(name: string): void {
  state.backendFactories.delete(name);
  const instance = state.backends.get(name);
  state.backends.delete(name);
  if (instance && state.activeBackend === instance) state.activeBackend = null;
}

/** Selects the backend that runs every following op. */
export function setBackend(name: string): void {
  state.activeBackend = backendInstance(name);
}

/** The active backend, choosing the registered one of highest priority on first use. */
export function getBackend(): Backend {
  if (state.activeBackend) return state.activeBackend;
  let best: string | undefined;
  let bestPriority = -Infinity;
  for (const [name, { priority }] of state.backendFactories) {
    if (priority > bestPriority) [best, bestPriority] = [name, priority];
  }
  if (best === undefined) {
    throw new NotFoundError(
      "No backend is registered. Import 'tensortape' (which registers the CPU backend) or call registerBackend().",
    );
  }
  return (state.activeBackend = backendInstance(best));
}

function backendInstance(name: string): Backend {
  let backend = state.backends.get(name);
  if (!backend) {
    const entry = state.backendFactories.get(name);
    if (!entry) {
      const known = [...state.backendFactories.keys()].join(', ') || 'none';
      throw new NotFoundError(`Backend '${name}' is not registered (registered: ${known}).`);
    }
    backend = entry.factory();
    state.backends.set(name, backend);
  }
  return backend;
}

// ---- tensors and memory ---------------------------------------------------------------------

// Counts tensors that the garbage collector reclaims without an explicit dispose(). It watches
// each tensor's `lifeToken`, an empty object reachable only from its tensor, not the tensor:
// V8's minor collections keep registered objects alive, so registering the tensor would hold
// every short-lived tensor and its values until a full collection (several times slower).
// No unregister token either (V8 keeps a table of them); see `releaseTensor` instead.
const finalizer = new FinalizationRegistry<number>((bytes) => {
  const skip = disposedPending.get(bytes);
  if (skip !== undefined) {
    if (skip > 1) disposedPending.set(bytes, skip - 1);
    else disposedPending.delete(bytes);
    return;
  }
  state.numTensors--;
  state.numBytes -= bytes;
});

/**
 * Disposed tensors whose token has not been finalized yet, counted by byte size: they were
 * already subtracted, so as many finalizations of that size are skipped. Tensors of one size
 * are interchangeable for the counts, so it does not matter whose finalization is skipped.
 */
const disposedPending = new Map<number, number>();

/** Wraps a kernel output (or freshly written values) as a tracked Tensor. */
export function makeTensor(info: TensorInfo, backend: Backend = getBackend()): Tensor {
  const t = new Tensor(state.nextId++, info.dataId, info.shape, info.dtype, backend);
  const bytes = sizeOf(info.shape) * bytesPerElement(info.dtype);
  state.numTensors++;
  state.numBytes += bytes;
  finalizer.register(t.lifeToken as object, bytes);
  if (state.scopes.length > 0) state.scopes[state.scopes.length - 1]?.add(t);
  return t;
}

/**
 * @internal A tensor outside memory accounting and `tidy` scopes, for constants that the engine
 * itself keeps and shares (see `binaryOperands`); users never hold one.
 */
export function makeUntrackedTensor(values: TypedArray, shape: Shape, dtype: DType, backend: Backend = getBackend()): Tensor {
  const t = new Tensor(state.nextId++, backend.write(values, shape, dtype), shape, dtype, backend);
  t.isKept = true;
  t.lifeToken = null; // not counted, so never uncounted: see releaseTensor
  return t;
}

/** A new tensor holding `values` on the active backend. */
export function tensorFromValues(values: TypedArray, shape: Shape, dtype: DType): Tensor {
  const backend = getBackend();
  return makeTensor({ dataId: backend.write(values, shape, dtype), shape, dtype }, backend);
}

/** A fresh id for a tensor or a variable handle (one sequence, so ids never collide). */
export function nextId(): number {
  return state.nextId++;
}

/** @internal Called by `Tensor.dispose()`. */
export function releaseTensor(t: Tensor): void {
  t.backend.dispose(t.dataId);
  if (t.lifeToken === null) return; // an untracked tensor: never counted
  const bytes = t.size * bytesPerElement(t.dtype);
  state.numTensors--;
  state.numBytes -= bytes;
  // Drop the token so that its finalization comes soon even while `t` stays referenced.
  t.lifeToken = null;
  disposedPending.set(bytes, (disposedPending.get(bytes) ?? 0) + 1);
  for (const scope of state.scopes) scope.delete(t);
}

export interface MemoryInfo {
  /** Tensors neither disposed nor reclaimed by the garbage collector. */
  numTensors: number;
  numBytes: number;
  backend: Record<string, number>;
}

export function memory(): MemoryInfo {
  return { numTensors: state.numTensors, numBytes: state.numBytes, backend: getBackend().memory() };
}

/**
 * Runs `fn` and disposes every tensor it created except those it returns (in any array or
 * object). Only useful for backends with memory of their own: on the CPU backend the garbage
 * collector already frees what is unreachable.
 */
export function tidy<T>(fn: () => T): T {
  const scope = new Set<Tensor>();
  state.scopes.push(scope);
  let result: T;
  try {
    result = fn();
  } finally {
    state.scopes.pop();
  }
  const kept = new Set<Tensor>();
  collectTensors(result, kept);
  const outer = state.scopes[state.scopes.length - 1];
  for (const t of scope) {
    if (kept.has(t) || t.isKept) outer?.add(t);
    else t.dispose();
  }
  return result;
}

function collectTensors(value: unknown, into: Set<Tensor>): void {
  if (value instanceof Tensor) into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectTensors(v, into);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collectTensors(v, into);
  }
}

// ---- running kernels ------------------------------------------------------------------------

/**
 * Runs a kernel on the active backend and reports it to every active recorder. Every op front
 * end ends here; gradients run through it too, which is how outer tapes see them.
 */
/** Shared by every kernel run without attributes (they are read-only): one object less per op. */
const NO_ATTRS: NamedAttrMap = Object.freeze({});

export function runKernel(kernelName: string, inputs: Readonly<Record<string, Tensor>>, attrs: NamedAttrMap = NO_ATTRS): Tensor {
  const outputs = runKernelMulti(kernelName, inputs, attrs);
  if (outputs.length !== 1) throw new ValueError(`Kernel '${kernelName}' returned ${outputs.length} outputs, not 1.`);
  return outputs[0] as Tensor;
}

export function runKernelMulti(
  kernelName: string,
  inputs: Readonly<Record<string, Tensor>>,
  attrs: NamedAttrMap = NO_ATTRS,
): Tensor[] {
  const backend = getBackend();
  const kernel = getKernel(kernelName, backend.name);
  const result = kernel({ inputs, attrs, backend });
  const outputs = Array.isArray(result) ? result.map((r) => makeTensor(r, backend)) : [makeTensor(result, backend)];
  const recorders = state.recorders;
  if (recorders.length > 0) record(kernelName, inputs, attrs, outputs);
  return outputs;
}

/** Reports an op (a kernel run or a variable read) to the active recorders. */
export function record(kernelName: string, inputs: OpInputs, attrs: NamedAttrMap, outputs: readonly Tensor[]): void {
  const recorders = state.recorders;
  // The usual case, one tape: no snapshot to allocate.
  if (recorders.length === 1) return (recorders[0] as Recorder).recordOp(kernelName, inputs, attrs, outputs);
  // A recorder may pop itself while recording (never in practice); iterate over a snapshot.
  for (const r of recorders.slice()) r.recordOp(kernelName, inputs, attrs, outputs);
}

// ---- recorders ------------------------------------------------------------------------------

export function isRecording(): boolean {
  return state.recorders.length > 0;
}

export function activeRecorders(): readonly Recorder[] {
  return state.recorders;
}

export function pushRecorder(r: Recorder): void {
  state.recorders.push(r);
}

/** Removes `r` from the active recorders; returns whether it was active. */
export function popRecorder(r: Recorder): boolean {
  const i = state.recorders.lastIndexOf(r);
  if (i < 0) return false;
  state.recorders.splice(i, 1);
  return true;
}

/** Runs `fn` with `r` inactive, then puts it back where it was among the active recorders. */
export function withRecorderPaused<T>(r: Recorder, fn: () => T): T {
  const i = state.recorders.lastIndexOf(r);
  if (i < 0) return fn();
  state.recorders.splice(i, 1);
  try {
    return fn();
  } finally {
    state.recorders.splice(Math.min(i, state.recorders.length), 0, r);
  }
}

/** Runs `fn` with no recorder active (for assignments and other unrecorded internals). */
export function withoutRecording<T>(fn: () => T): T {
  const saved = state.recorders.splice(0);
  try {
    return fn();
  } finally {
    state.recorders.splice(0, state.recorders.length, ...saved);
  }
}
