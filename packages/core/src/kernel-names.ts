import type { DType } from './dtypes';

/**
 * Kernel names, shared by op front ends, gradients and backends. Each is TensorFlow's op name,
 * so errors read `[Op:AddV2]` as in TF. Inputs and attrs are documented beside each name.
 */

/** inputs {a, b}, same dtype, broadcast */
export const Add = 'AddV2';
/** inputs {a, b} */
export const Sub = 'Sub';
/** inputs {a, b} */
export const Mul = 'Mul';
/** inputs {a, b}, float only */
export const RealDiv = 'RealDiv';
/** inputs {a, b}: a ** b */
export const Pow = 'Pow';
/** inputs {a, b} → bool */
export const Greater = 'Greater';

/** inputs {x} */
export const Neg = 'Neg';
/** inputs {x} */
export const Square = 'Square';
/** inputs {x}, float only */
export const Log = 'Log';
/** inputs {x}: a copy */
export const Identity = 'Identity';

/** inputs {condition (bool), t, e}: condition ? t : e, broadcast */
export const Select = 'SelectV2';

/** inputs {x}; attrs {@link ReshapeAttrs} */
export const Reshape = 'Reshape';
export interface ReshapeAttrs {
  shape: readonly number[];
}

/** inputs {x}; attrs {@link SumAttrs} */
export const Sum = 'Sum';
export interface SumAttrs {
  /** sorted, non-negative, no repeats */
  axis: readonly number[];
  keepDims: boolean;
}

/** inputs {x}; attrs {@link CastAttrs} */
export const Cast = 'Cast';
export interface CastAttrs {
  dtype: DType;
}

/** inputs {x}; attrs {shape}: x repeated along broadcast dimensions */
export const BroadcastTo = 'BroadcastTo';
export interface BroadcastToAttrs {
  shape: readonly number[];
}

// (each op family adds its kernel names below, with inputs and attrs documented)
