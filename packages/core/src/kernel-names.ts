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
/** inputs {x}: a copy that tapes do not record through */
export const StopGradient = 'StopGradient';

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

// unary math: inputs {x}, output of x's shape and dtype unless noted
/** inputs {x}, float or int32 */
export const Abs = 'Abs';
/** inputs {x}, float or int32: -1, 0 or 1 (nan stays nan) */
export const Sign = 'Sign';
/** inputs {x}, float only */
export const Sqrt = 'Sqrt';
/** inputs {x}, float only: 1 / sqrt(x) */
export const Rsqrt = 'Rsqrt';
/** inputs {x}, float only: 1 / x */
export const Reciprocal = 'Reciprocal';
/** inputs {x}, float only */
export const Exp = 'Exp';
/** inputs {x}, float only: exp(x) - 1, accurate near 0 */
export const Expm1 = 'Expm1';
/** inputs {x}, float only: log(1 + x), accurate near 0 */
export const Log1p = 'Log1p';
/** inputs {x}, float only */
export const Sin = 'Sin';
/** inputs {x}, float only */
export const Cos = 'Cos';
/** inputs {x}, float only */
export const Tan = 'Tan';
/** inputs {x}, float only */
export const Asin = 'Asin';
/** inputs {x}, float only */
export const Acos = 'Acos';
/** inputs {x}, float only */
export const Atan = 'Atan';
/** inputs {x}, float only */
export const Sinh = 'Sinh';
/** inputs {x}, float only */
export const Cosh = 'Cosh';
/** inputs {x}, float only */
export const Tanh = 'Tanh';
/** inputs {x}, float only */
export const Asinh = 'Asinh';
/** inputs {x}, float only */
export const Acosh = 'Acosh';
/** inputs {x}, float only */
export const Atanh = 'Atanh';
/** inputs {x}, float only: the error function */
export const Erf = 'Erf';
/** inputs {x}, float only */
export const Floor = 'Floor';
/** inputs {x}, float only */
export const Ceil = 'Ceil';
/** inputs {x}, float or int32: rounds half to even */
export const Round = 'Round';
/** inputs {x}, float only → bool */
export const IsNan = 'IsNan';
/** inputs {x}, float only → bool */
export const IsFinite = 'IsFinite';
/** inputs {x}, bool → bool */
export const LogicalNot = 'LogicalNot';

// activations: inputs {x} (logits for the softmaxes), output of x's shape and dtype
/** inputs {x}, float only: 1 / (1 + exp(-x)) */
export const Sigmoid = 'Sigmoid';
/** inputs {x}, float only: log(1 + exp(x)) */
export const Softplus = 'Softplus';
/** inputs {x}, float or int32: max(x, 0) */
export const Relu = 'Relu';
/** inputs {x}, float or int32: min(max(x, 0), 6) */
export const Relu6 = 'Relu6';
/** inputs {x}, float only: x < 0 ? exp(x) - 1 : x */
export const Elu = 'Elu';
/** inputs {x}, float only: scale * elu with alpha (the SELU constants) */
export const Selu = 'Selu';
/** inputs {x}, float only; attrs {@link LeakyReluAttrs}: x > 0 ? x : alpha * x */
export const LeakyRelu = 'LeakyRelu';
export interface LeakyReluAttrs {
  alpha: number;
}
/** inputs {x}, float only; attrs {@link GeluAttrs} */
export const Gelu = 'Gelu';
export interface GeluAttrs {
  /** the tanh approximation instead of erf */
  approximate: boolean;
}
/** inputs {x}, float only; attrs {@link SiluAttrs}: x * sigmoid(beta * x) */
export const Silu = 'Silu';
export interface SiluAttrs {
  beta: number;
}
/** inputs {x}, float only, rank ≥ 1; attrs {@link SoftmaxAttrs}: exp(x) / sum(exp(x), axis) */
export const Softmax = 'Softmax';
export interface SoftmaxAttrs {
  /** non-negative */
  axis: number;
}
/** inputs {x}, float only, rank ≥ 1; attrs {@link SoftmaxAttrs}: x - log(sum(exp(x), axis)) */
export const LogSoftmax = 'LogSoftmax';

// binary: inputs {a, b} of one dtype, broadcast together
/** inputs {a, b}, float only: a / b, and 0 wherever b is 0 */
export const DivNoNan = 'DivNoNan';
/** inputs {a, b}, float or int32: floor(a / b); an int32 zero divisor is an error */
export const FloorDiv = 'FloorDiv';
/** inputs {a, b}, float or int32: the remainder of FloorDiv, with the sign of b */
export const FloorMod = 'FloorMod';
/** inputs {a, b}, float or int32; nan wins */
export const Maximum = 'Maximum';
/** inputs {a, b}, float or int32; nan wins */
export const Minimum = 'Minimum';
/** inputs {a, b}, float or int32: (a - b)² */
export const SquaredDifference = 'SquaredDifference';
/** inputs {a: y, b: x}, float only: the angle of (x, y) */
export const Atan2 = 'Atan2';
/** inputs {a, b}, any dtype → bool */
export const Equal = 'Equal';
/** inputs {a, b}, any dtype → bool */
export const NotEqual = 'NotEqual';
/** inputs {a, b}, float or int32 → bool */
export const Less = 'Less';
/** inputs {a, b}, float or int32 → bool */
export const LessEqual = 'LessEqual';
/** inputs {a, b}, float or int32 → bool */
export const GreaterEqual = 'GreaterEqual';
/** inputs {a, b}, bool → bool */
export const LogicalAnd = 'LogicalAnd';
/** inputs {a, b}, bool → bool */
export const LogicalOr = 'LogicalOr';

// reductions: inputs {x}; attrs {@link SumAttrs} unless noted
/** float or int32; an empty reduction gives the dtype's lowest value; nan wins */
export const Max = 'Max';
/** float or int32; an empty reduction gives the dtype's highest value; nan wins */
export const Min = 'Min';
/** float or int32; an empty reduction gives 1 */
export const Prod = 'Prod';
/** bool → bool; an empty reduction gives false */
export const Any = 'Any';
/** bool → bool; an empty reduction gives true */
export const All = 'All';
/** float or int32 → int32, the first index of the largest value; attrs {@link ArgMaxAttrs} */
export const ArgMax = 'ArgMax';
export interface ArgMaxAttrs {
  /** non-negative, of a non-empty dimension */
  axis: number;
}
/** float or int32 → int32, the first index of the smallest value; attrs {@link ArgMaxAttrs} */
export const ArgMin = 'ArgMin';
/** float or int32: running sums along an axis; attrs {@link CumsumAttrs} */
export const Cumsum = 'Cumsum';
export interface CumsumAttrs {
  /** non-negative */
  axis: number;
  /** each element leaves itself out (the first is 0 for sums, 1 for products) */
  exclusive: boolean;
  /** run from the end of the axis */
  reverse: boolean;
}
/** float or int32: running products along an axis; attrs {@link CumsumAttrs} */
export const Cumprod = 'Cumprod';

// ---- nn: convolutions and pools (2-D; front ends resolve TF's padding into `pads`) ----------

/** The sliding-window geometry shared by the convolution and pooling kernels. */
export interface Window2DAttrs {
  /** [rows, cols] */
  strides: readonly number[];
  /** [top, bottom, left, right]: TF's SAME, VALID or explicit padding, resolved */
  pads: readonly number[];
  dataFormat: 'NHWC' | 'NCHW';
}
/** {@link Window2DAttrs} with the filter's dilations, [rows, cols] */
export interface Conv2DAttrs extends Window2DAttrs {
  dilations: readonly number[];
}
/**
 * inputs {x [batch, h, w, inC], filter [fh, fw, inC / groups, outC]} (float; NCHW puts C second
 * in x and the output); attrs {@link Conv2DAttrs}. inC / filter depth groups, outC divisible by it.
 */
export const Conv2D = 'Conv2D';
/** inputs {filter, dy}: the gradient of {@link Conv2D} for x; attrs {@link Conv2DBackpropInputAttrs} */
export const Conv2DBackpropInput = 'Conv2DBackpropInput';
export interface Conv2DBackpropInputAttrs extends Conv2DAttrs {
  inputShape: readonly number[];
}
/** inputs {x, dy}: the gradient of {@link Conv2D} for its filter; attrs {@link Conv2DBackpropFilterAttrs} */
export const Conv2DBackpropFilter = 'Conv2DBackpropFilter';
export interface Conv2DBackpropFilterAttrs extends Conv2DAttrs {
  filterShape: readonly number[];
}
/**
 * inputs {x [batch, h, w, c], filter [fh, fw, c, multiplier]} → [batch, oh, ow, c * multiplier]
 * (float); attrs {@link Conv2DAttrs}
 */
export const DepthwiseConv2dNative = 'DepthwiseConv2dNative';
/** inputs {filter, dy}; attrs {@link Conv2DBackpropInputAttrs} */
export const DepthwiseConv2dNativeBackpropInput = 'DepthwiseConv2dNativeBackpropInput';
/** inputs {x, dy}; attrs {@link Conv2DBackpropFilterAttrs} */
export const DepthwiseConv2dNativeBackpropFilter = 'DepthwiseConv2dNativeBackpropFilter';
/** {@link Window2DAttrs} with the window size, [rows, cols] */
export interface Pool2DAttrs extends Window2DAttrs {
  ksize: readonly number[];
}
/** inputs {x} (float or int32): the largest value of each window, padding ignored; attrs {@link Pool2DAttrs} */
export const MaxPool = 'MaxPool';
/**
 * inputs {x, y, dy} (y = maxPool(x)): dy routed to the first largest element of each window;
 * attrs {@link Pool2DAttrs}
 */
export const MaxPoolGrad = 'MaxPoolGrad';
/** inputs {x, y, grad} (grad shaped as x): grad gathered at each window's first largest element */
export const MaxPoolGradGrad = 'MaxPoolGradGrad';
/** inputs {x} (float): the mean of each window over its elements inside the input; attrs {@link Pool2DAttrs} */
export const AvgPool = 'AvgPool';
/** inputs {dy}: the gradient of {@link AvgPool}; attrs {@link AvgPoolGradAttrs} */
export const AvgPoolGrad = 'AvgPoolGrad';
export interface AvgPoolGradAttrs extends Pool2DAttrs {
  inputShape: readonly number[];
}
/**
 * inputs {logits [batch, classes] (float), uniforms [batch, samples] (float64 in [0, 1))} → int32
 * class indices: each uniform picks a class by inverting the softmax's cumulative distribution.
 * The front end draws the uniforms, so seeded samples are the same on every backend.
 */
export const Multinomial = 'Multinomial';

// linear algebra and shape/indexing
/** inputs {a, b}, float or int32, rank ≥ 2, batch dims broadcast; attrs {@link BatchMatMulAttrs} */
export const BatchMatMul = 'BatchMatMulV2';
export interface BatchMatMulAttrs {
  /** use the transpose of a's (of b's) last two dimensions */
  transposeA: boolean;
  transposeB: boolean;
}
/** inputs {x}; attrs {@link TransposeAttrs} */
export const Transpose = 'Transpose';
export interface TransposeAttrs {
  /** output axis i is input axis perm[i] */
  perm: readonly number[];
}
/** inputs {values0, values1, …} of one dtype and rank; attrs {@link ConcatAttrs} */
export const Concat = 'ConcatV2';
export interface ConcatAttrs {
  /** non-negative */
  axis: number;
}
/** inputs {x}; attrs {@link SplitVAttrs}; one output per size */
export const SplitV = 'SplitV';
export interface SplitVAttrs {
  /** non-negative, summing to the size of `axis` */
  sizeSplits: readonly number[];
  /** non-negative */
  axis: number;
}
/** inputs {x}; attrs {@link SliceAttrs}: the block of `size` starting at `begin` */
export const Slice = 'Slice';
export interface SliceAttrs {
  begin: readonly number[];
  /** non-negative, resolved (no -1) */
  size: readonly number[];
}
/** inputs {x}; attrs {@link StridedSliceAttrs}, the slice spec resolved against x's shape */
export const StridedSlice = 'StridedSlice';
export interface StridedSliceAttrs {
  /** per input axis: the first element taken */
  begin: readonly number[];
  /** per input axis: the step, non-zero */
  strides: readonly number[];
  /** per input axis: how many elements are taken */
  size: readonly number[];
  /** the output shape: `size` with shrunk axes dropped and new axes inserted */
  shape: readonly number[];
}
/** inputs {x}; attrs {@link PadAttrs}: x surrounded by `constantValue` */
export const Pad = 'PadV2';
export interface PadAttrs {
  /** before and after each axis, flattened: [before0, after0, before1, …] */
  paddings: readonly number[];
  constantValue: number;
}
/** inputs {x}; attrs {@link TileAttrs}: x repeated `multiples[i]` times along axis i */
export const Tile = 'Tile';
export interface TileAttrs {
  multiples: readonly number[];
}
/** inputs {x}; attrs {@link ReverseAttrs} */
export const Reverse = 'ReverseV2';
export interface ReverseAttrs {
  /** sorted, non-negative, no repeats */
  axis: readonly number[];
}
/** inputs {params, indices (int32)}; attrs {@link GatherAttrs}; out-of-range indices are an error */
export const Gather = 'GatherV2';
export interface GatherAttrs {
  /** non-negative, ≥ batchDims */
  axis: number;
  /** non-negative: leading dims shared by params and indices */
  batchDims: number;
}
/** inputs {params, indices (int32)}: slices of params at the index tuples in indices' last axis */
export const GatherNd = 'GatherNd';
/** inputs {indices (int32), updates}; attrs {@link ScatterNdAttrs}: updates added into zeros */
export const ScatterNd = 'ScatterNd';
export interface ScatterNdAttrs {
  shape: readonly number[];
}
/** inputs {data, segmentIds (int32)}; attrs {@link UnsortedSegmentSumAttrs}: negative ids dropped */
export const UnsortedSegmentSum = 'UnsortedSegmentSum';
export interface UnsortedSegmentSumAttrs {
  numSegments: number;
}
/** inputs {indices (int32)}; attrs {@link OneHotAttrs} */
export const OneHot = 'OneHot';
export interface OneHotAttrs {
  depth: number;
  onValue: number;
  offValue: number;
  /** non-negative: where the new axis goes */
  axis: number;
  dtype: DType;
}
