import type { Backend, BackendFactory, KernelFunc } from './backend';
import type { Recorder } from './recorder';
import type { Tensor } from './tensor';

/** Everything process-wide, kept on `globalThis` so that two copies of the package share it. */
export interface GlobalState {
  /** kernels[backendName][kernelName] */
  readonly kernels: Map<string, Map<string, KernelFunc>>;
  readonly backendFactories: Map<string, { factory: BackendFactory; priority: number }>;
  readonly backends: Map<string, Backend>;
  activeBackend: Backend | null;
  /** Active recorders (tapes), innermost last. The engine reports every kernel run to each. */
  readonly recorders: Recorder[];
  nextId: number;
  numTensors: number;
  numBytes: number;
  /** Open `tidy` scopes, innermost last: the tensors each created. */
  readonly scopes: Set<Tensor>[];
}

const KEY = Symbol.for('tensortape.global-state.v1');

function create(): GlobalState {
  return {
    kernels: new Map(),
    backendFactories: new Map(),
    backends: new Map(),
    activeBackend: null,
    recorders: [],
    nextId: 1,
    numTensors: 0,
    numBytes: 0,
    scopes: [],
  };
}

const holder = globalThis as unknown as Record<symbol, GlobalState | undefined>;
export const state: GlobalState = (holder[KEY] ??= create());
