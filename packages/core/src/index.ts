import './tensor-methods';

export * from './dtypes';
export * as errors from './errors';
export { ValueError, InvalidArgumentError, RuntimeError, AttributeError, NotFoundError, LookupError, InternalError, kernelError } from './errors';
export * from './shape';
export * from './backend';
export * from './kernel-names';
export { registerKernel, unregisterKernel, getKernel, getKernelNames } from './kernel-registry';
export {
  registerBackend,
  removeBackend,
  setBackend,
  getBackend,
  makeTensor,
  tensorFromValues,
  nextId,
  memory,
  tidy,
  runKernel,
  runKernelMulti,
  record,
  isRecording,
  activeRecorders,
  pushRecorder,
  popRecorder,
  withoutRecording,
  withRecorderPaused,
  type MemoryInfo,
} from './engine';
export { type Recorder, type OpInputs, ReadVariableOp } from './recorder';
export { Tensor, type NumpyValue, type NumpyArray } from './tensor';
export { Variable, UnreadVariable, type VariableOptions, type AssignOptions } from './variable';
export { convertToTensor, isTensorOrVariable, type Input, type TensorLike, type ScalarLike, type NestedArray } from './tensor-like';
export type { TensorMethods } from './tensor-methods';
export { formatShape, formatTensorRepr, formatTensorStr, formatValue, formatVariableRepr } from './printing';
export { repr, str, formatDType } from './python-text';

export { add } from './ops/add';
export { subtract } from './ops/subtract';
export { multiply } from './ops/multiply';
export { divide } from './ops/divide';
export { pow } from './ops/pow';
export { greater } from './ops/greater';
export { negative } from './ops/negative';
export { square } from './ops/square';
export { log } from './ops/log';
export { identity } from './ops/identity';
export { stopGradient } from './ops/stop-gradient';
export { cast } from './ops/cast';
export { where } from './ops/where';
export { reshape } from './ops/reshape';
export { broadcastTo } from './ops/broadcast-to';
export { reduceSum } from './ops/reduce-sum';
export { reduceMean } from './ops/reduce-mean';
export { constant, type ConstantOptions } from './ops/constant';
export { fill, zeros, ones } from './ops/fill';
export { zerosLike, onesLike } from './ops/zeros-like';
export { range } from './ops/range';
export * as random from './random';
export * as math from './namespaces/math';
export * as nn from './namespaces/nn';
export * as linalg from './namespaces/linalg';
// (each op family adds its exports below, one line per op)

export { abs } from './ops/abs';
export { sign } from './ops/sign';
export { sqrt } from './ops/sqrt';
export { rsqrt } from './ops/rsqrt';
export { reciprocal } from './ops/reciprocal';
export { exp } from './ops/exp';
export { expm1 } from './ops/expm1';
export { log1p } from './ops/log1p';
export { sin } from './ops/sin';
export { cos } from './ops/cos';
export { tan } from './ops/tan';
export { asin } from './ops/asin';
export { acos } from './ops/acos';
export { atan } from './ops/atan';
export { sinh } from './ops/sinh';
export { cosh } from './ops/cosh';
export { tanh } from './ops/tanh';
export { asinh } from './ops/asinh';
export { acosh } from './ops/acosh';
export { atanh } from './ops/atanh';
export { erf } from './ops/erf';
export { floor } from './ops/floor';
export { ceil } from './ops/ceil';
export { round } from './ops/round';
export { isNan } from './ops/is-nan';
export { isFinite } from './ops/is-finite';
export { logicalNot } from './ops/logical-not';
export { sigmoid } from './ops/sigmoid';
export { softplus } from './ops/softplus';
export { relu } from './ops/relu';
export { relu6 } from './ops/relu6';
export { elu } from './ops/elu';
export { selu } from './ops/selu';
export { leakyRelu } from './ops/leaky-relu';
export { gelu } from './ops/gelu';
export { silu } from './ops/silu';
export { softmax } from './ops/softmax';
export { logSoftmax } from './ops/log-softmax';
export { divNoNan } from './ops/div-no-nan';
export { floorDiv } from './ops/floor-div';
export { mod } from './ops/mod';
export { maximum } from './ops/maximum';
export { minimum } from './ops/minimum';
export { squaredDifference } from './ops/squared-difference';
export { atan2 } from './ops/atan2';
export { equal } from './ops/equal';
export { notEqual } from './ops/not-equal';
export { less } from './ops/less';
export { lessEqual } from './ops/less-equal';
export { greaterEqual } from './ops/greater-equal';
export { logicalAnd } from './ops/logical-and';
export { logicalOr } from './ops/logical-or';
export { clipByValue } from './ops/clip-by-value';
export { reduceMax } from './ops/reduce-max';
export { reduceMin } from './ops/reduce-min';
export { reduceProd } from './ops/reduce-prod';
export { reduceLogSumExp } from './ops/reduce-log-sum-exp';
export { reduceAny } from './ops/reduce-any';
export { reduceAll } from './ops/reduce-all';
export { reduceVariance } from './ops/reduce-variance';
export { reduceStd } from './ops/reduce-std';
export { argMax } from './ops/arg-max';
export { argMin } from './ops/arg-min';
export { cumsum } from './ops/cumsum';
export { cumprod } from './ops/cumprod';
export type { DataFormat2D, Padding2D, WindowArg } from './ops/window-2d';
export { conv1d } from './ops/conv1d';
export { conv2d } from './ops/conv2d';
export { conv2dBackpropInput } from './ops/conv2d-backprop-input';
export { conv2dBackpropFilter } from './ops/conv2d-backprop-filter';
export { conv2dTranspose } from './ops/conv2d-transpose';
export { depthwiseConv2d } from './ops/depthwise-conv2d';
export { depthwiseConv2dBackpropInput } from './ops/depthwise-conv2d-backprop-input';
export { depthwiseConv2dBackpropFilter } from './ops/depthwise-conv2d-backprop-filter';
export { maxPool } from './ops/max-pool';
export { maxPoolGrad } from './ops/max-pool-grad';
export { maxPoolGradGrad } from './ops/max-pool-grad-grad';
export { avgPool } from './ops/avg-pool';
export { avgPoolGrad } from './ops/avg-pool-grad';
export { matmul, type MatmulOptions } from './ops/matmul';
export { tensordot } from './ops/tensordot';
export { einsum } from './ops/einsum';
export { norm, type NormOrder } from './ops/norm';
export { trace } from './ops/trace';
export { diag } from './ops/diag';
export { diagPart } from './ops/diag-part';
export { eye } from './ops/eye';
export { linspace } from './ops/linspace';
export { transpose } from './ops/transpose';
export { expandDims } from './ops/expand-dims';
export { squeeze } from './ops/squeeze';
export { concat } from './ops/concat';
export { stack } from './ops/stack';
export { unstack } from './ops/unstack';
export { split } from './ops/split';
export { slice } from './ops/slice';
export { stridedSlice, type StridedSliceMasks } from './ops/strided-slice';
export { gather } from './ops/gather';
export { gatherNd } from './ops/gather-nd';
export { scatterNd } from './ops/scatter-nd';
export { unsortedSegmentSum } from './ops/unsorted-segment-sum';
export { pad } from './ops/pad';
export { tile } from './ops/tile';
export { reverse } from './ops/reverse';
export { oneHot } from './ops/one-hot';
export { clipByNorm } from './ops/clip-by-norm';
export { l2Loss } from './ops/l2-loss';
export { softmaxCrossEntropyWithLogits } from './ops/softmax-cross-entropy-with-logits';
export { sparseSoftmaxCrossEntropyWithLogits } from './ops/sparse-softmax-cross-entropy-with-logits';
export { sigmoidCrossEntropyWithLogits } from './ops/sigmoid-cross-entropy-with-logits';
export { dropout, type DropoutOptions } from './ops/dropout';
export { moments } from './ops/moments';
