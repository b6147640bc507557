import { AttributeError } from './errors';
import { add } from './ops/add';
import { broadcastTo } from './ops/broadcast-to';
import { cast } from './ops/cast';
import { divide } from './ops/divide';
import { greater } from './ops/greater';
import { identity } from './ops/identity';
import { log } from './ops/log';
import { multiply } from './ops/multiply';
import { negative } from './ops/negative';
import { pow } from './ops/pow';
import { reduceMean } from './ops/reduce-mean';
import { reduceSum } from './ops/reduce-sum';
import { reshape } from './ops/reshape';
import { square } from './ops/square';
import { subtract } from './ops/subtract';
import { abs } from './ops/abs';
import { acos } from './ops/acos';
import { acosh } from './ops/acosh';
import { asin } from './ops/asin';
import { asinh } from './ops/asinh';
import { atan } from './ops/atan';
import { atanh } from './ops/atanh';
import { ceil } from './ops/ceil';
import { cos } from './ops/cos';
import { cosh } from './ops/cosh';
import { elu } from './ops/elu';
import { erf } from './ops/erf';
import { exp } from './ops/exp';
import { expm1 } from './ops/expm1';
import { floor } from './ops/floor';
import { gelu } from './ops/gelu';
import { isFinite } from './ops/is-finite';
import { isNan } from './ops/is-nan';
import { leakyRelu } from './ops/leaky-relu';
import { log1p } from './ops/log1p';
import { logSoftmax } from './ops/log-softmax';
import { logicalNot } from './ops/logical-not';
import { reciprocal } from './ops/reciprocal';
import { relu } from './ops/relu';
import { relu6 } from './ops/relu6';
import { round } from './ops/round';
import { rsqrt } from './ops/rsqrt';
import { selu } from './ops/selu';
import { sigmoid } from './ops/sigmoid';
import { sign } from './ops/sign';
import { silu } from './ops/silu';
import { sin } from './ops/sin';
import { sinh } from './ops/sinh';
import { softmax } from './ops/softmax';
import { softplus } from './ops/softplus';
import { sqrt } from './ops/sqrt';
import { tan } from './ops/tan';
import { tanh } from './ops/tanh';
import { argMax } from './ops/arg-max';
import { argMin } from './ops/arg-min';
import { atan2 } from './ops/atan2';
import { clipByValue } from './ops/clip-by-value';
import { cumprod } from './ops/cumprod';
import { cumsum } from './ops/cumsum';
import { divNoNan } from './ops/div-no-nan';
import { equal } from './ops/equal';
import { floorDiv } from './ops/floor-div';
import { greaterEqual } from './ops/greater-equal';
import { less } from './ops/less';
import { lessEqual } from './ops/less-equal';
import { logicalAnd } from './ops/logical-and';
import { logicalOr } from './ops/logical-or';
import { maximum } from './ops/maximum';
import { minimum } from './ops/minimum';
import { mod } from './ops/mod';
import { notEqual } from './ops/not-equal';
import { reduceAll } from './ops/reduce-all';
import { reduceAny } from './ops/reduce-any';
import { reduceLogSumExp } from './ops/reduce-log-sum-exp';
import { reduceMax } from './ops/reduce-max';
import { reduceMin } from './ops/reduce-min';
import { reduceProd } from './ops/reduce-prod';
import { reduceStd } from './ops/reduce-std';
import { reduceVariance } from './ops/reduce-variance';
import { squaredDifference } from './ops/squared-difference';
import { clipByNorm } from './ops/clip-by-norm';
import { expandDims } from './ops/expand-dims';
import { gather } from './ops/gather';
import { gatherNd } from './ops/gather-nd';
import { matmul } from './ops/matmul';
import { norm } from './ops/norm';
import { pad } from './ops/pad';
import { reverse } from './ops/reverse';
import { slice } from './ops/slice';
import { split } from './ops/split';
import { squeeze } from './ops/squeeze';
import { stridedSlice } from './ops/strided-slice';
import { tensordot } from './ops/tensordot';
import { tile } from './ops/tile';
import { transpose } from './ops/transpose';
import { unsortedSegmentSum } from './ops/unsorted-segment-sum';
import { unstack } from './ops/unstack';
// (each op family adds its imports here, alphabetically)
import { Tensor } from './tensor';
import { Variable } from './variable';

/**
 * The ops that are also methods of Tensor and Variable, with `this` as their first argument:
 * `x.square().add(1)` is `tf.add(tf.square(x), 1)`. One entry per op; types follow.
 */
const methodOps = {
  add,
  broadcastTo,
  cast,
  divide,
  greater,
  identity,
  log,
  multiply,
  negative,
  pow,
  reduceMean,
  reduceSum,
  reshape,
  square,
  subtract,
  abs,
  acos,
  acosh,
  asin,
  asinh,
  atan,
  atanh,
  ceil,
  cos,
  cosh,
  elu,
  erf,
  exp,
  expm1,
  floor,
  gelu,
  isFinite,
  isNan,
  leakyRelu,
  log1p,
  logSoftmax,
  logicalNot,
  reciprocal,
  relu,
  relu6,
  round,
  rsqrt,
  selu,
  sigmoid,
  sign,
  silu,
  sin,
  sinh,
  softmax,
  softplus,
  sqrt,
  tan,
  tanh,
  argMax,
  argMin,
  atan2,
  clipByValue,
  cumprod,
  cumsum,
  divNoNan,
  equal,
  floorDiv,
  greaterEqual,
  less,
  lessEqual,
  logicalAnd,
  logicalOr,
  maximum,
  minimum,
  mod,
  notEqual,
  reduceAll,
  reduceAny,
  reduceLogSumExp,
  reduceMax,
  reduceMin,
  reduceProd,
  reduceStd,
  reduceVariance,
  squaredDifference,
  clipByNorm,
  expandDims,
  gather,
  gatherNd,
  matmul,
  norm,
  pad,
  reverse,
  slice,
  split,
  squeeze,
  stridedSlice,
  tensordot,
  tile,
  transpose,
  unsortedSegmentSum,
  unstack,
  // (each op family adds its entries here, alphabetically)
};

type Rest<T> = T extends (first: never, ...rest: infer R) => unknown ? R : never;

/** `tf.op(x, ...args)` as `x.op(...args)`, for every op in `methodOps`. */
export type TensorMethods = {
  [K in keyof typeof methodOps]: (...args: Rest<(typeof methodOps)[K]>) => ReturnType<(typeof methodOps)[K]>;
};

for (const proto of [Tensor.prototype, Variable.prototype]) {
  for (const [name, op] of Object.entries(methodOps)) {
    const method = function (this: Tensor | Variable, ...args: unknown[]) {
      return (op as (...a: unknown[]) => unknown)(this, ...args);
    };
    Object.defineProperty(proto, name, { value: method, writable: true, configurable: true });
  }
}

// A Tensor is immutable: TF's AttributeError for the Variable-only members, at runtime too
// (TypeScript already rejects them, since Tensor does not declare them).
for (const name of ['assign', 'assignAdd', 'assignSub', 'trainable']) {
  const fail = (): never => {
    throw new AttributeError(`'tensorflow.python.framework.ops.EagerTensor' object has no attribute '${name}'`);
  };
  Object.defineProperty(Tensor.prototype, name, name === 'trainable' ? { get: fail } : { value: fail });
}
