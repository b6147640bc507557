import { All, Any, ArgMax, ArgMin, Ceil, Equal, Floor, FloorDiv, Greater, GreaterEqual, IsFinite, IsNan, Less, LessEqual, LogicalAnd, LogicalNot, LogicalOr, Multinomial, NotEqual, OneHot, Round, StopGradient } from '@tensortape/core';
import { markNonDifferentiable, registerGradient, type GradientConfig } from '../gradient-registry';
import { addGrad } from './add';
import { broadcastToGrad } from './broadcast-to';
import { castGrad } from './cast';
import { identityGrad } from './identity';
import { logGrad } from './log';
import { mulGrad } from './mul';
import { negGrad } from './neg';
import { powGrad } from './pow';
import { readVariableGrad } from './read-variable';
import { realDivGrad } from './real-div';
import { reshapeGrad } from './reshape';
import { selectGrad } from './select';
import { squareGrad } from './square';
import { subGrad } from './sub';
import { sumGrad } from './sum';
import { absGrad } from './abs';
import { signGrad } from './sign';
import { sqrtGrad } from './sqrt';
import { rsqrtGrad } from './rsqrt';
import { reciprocalGrad } from './reciprocal';
import { expGrad } from './exp';
import { expm1Grad } from './expm1';
import { log1pGrad } from './log1p';
import { sinGrad } from './sin';
import { cosGrad } from './cos';
import { tanGrad } from './tan';
import { asinGrad } from './asin';
import { acosGrad } from './acos';
import { atanGrad } from './atan';
import { sinhGrad } from './sinh';
import { coshGrad } from './cosh';
import { tanhGrad } from './tanh';
import { asinhGrad } from './asinh';
import { acoshGrad } from './acosh';
import { atanhGrad } from './atanh';
import { erfGrad } from './erf';
import { sigmoidGrad } from './sigmoid';
import { softplusGrad } from './softplus';
import { reluGrad } from './relu';
import { relu6Grad } from './relu6';
import { eluGrad } from './elu';
import { seluGrad } from './selu';
import { leakyReluGrad } from './leaky-relu';
import { geluGrad } from './gelu';
import { siluGrad } from './silu';
import { softmaxGrad } from './softmax';
import { logSoftmaxGrad } from './log-softmax';
import { atan2Grad } from './atan2';
import { cumprodGrad } from './cumprod';
import { cumsumGrad } from './cumsum';
import { divNoNanGrad } from './div-no-nan';
import { floorModGrad } from './floor-mod';
import { maxGrad } from './max';
import { maximumGrad } from './maximum';
import { minGrad } from './min';
import { minimumGrad } from './minimum';
import { prodGrad } from './prod';
import { squaredDifferenceGrad } from './squared-difference';
import { avgPoolGrad } from './avg-pool';
import { avgPoolGradGrad } from './avg-pool-grad';
import { conv2dGrad } from './conv2d';
import { conv2dBackpropFilterGrad } from './conv2d-backprop-filter';
import { conv2dBackpropInputGrad } from './conv2d-backprop-input';
import { depthwiseConv2dNativeGrad } from './depthwise-conv2d-native';
import { depthwiseConv2dNativeBackpropFilterGrad } from './depthwise-conv2d-native-backprop-filter';
import { depthwiseConv2dNativeBackpropInputGrad } from './depthwise-conv2d-native-backprop-input';
import { maxPoolGrad } from './max-pool';
import { maxPoolGradGrad } from './max-pool-grad';
import { maxPoolGradGradGrad } from './max-pool-grad-grad';
import { batchMatMulGrad } from './batch-mat-mul';
import { concatGrad } from './concat';
import { gatherGrad } from './gather';
import { gatherNdGrad } from './gather-nd';
import { padGrad } from './pad';
import { reverseGrad } from './reverse';
import { scatterNdGrad } from './scatter-nd';
import { sliceGrad } from './slice';
import { splitVGrad } from './split-v';
import { stridedSliceGrad } from './strided-slice';
import { tileGrad } from './tile';
import { transposeGrad } from './transpose';
import { unsortedSegmentSumGrad } from './unsorted-segment-sum';
// (each op family adds its gradient imports here)

/** One gradient per differentiable kernel. */
export const gradients: readonly GradientConfig[] = [
  addGrad,
  broadcastToGrad,
  castGrad,
  identityGrad,
  logGrad,
  mulGrad,
  negGrad,
  powGrad,
  readVariableGrad,
  realDivGrad,
  reshapeGrad,
  selectGrad,
  squareGrad,
  subGrad,
  sumGrad,
  absGrad,
  signGrad,
  sqrtGrad,
  rsqrtGrad,
  reciprocalGrad,
  expGrad,
  expm1Grad,
  log1pGrad,
  sinGrad,
  cosGrad,
  tanGrad,
  asinGrad,
  acosGrad,
  atanGrad,
  sinhGrad,
  coshGrad,
  tanhGrad,
  asinhGrad,
  acoshGrad,
  atanhGrad,
  erfGrad,
  sigmoidGrad,
  softplusGrad,
  reluGrad,
  relu6Grad,
  eluGrad,
  seluGrad,
  leakyReluGrad,
  geluGrad,
  siluGrad,
  softmaxGrad,
  logSoftmaxGrad,
  atan2Grad,
  cumprodGrad,
  cumsumGrad,
  divNoNanGrad,
  floorModGrad,
  maxGrad,
  maximumGrad,
  minGrad,
  minimumGrad,
  prodGrad,
  squaredDifferenceGrad,
  avgPoolGrad,
  avgPoolGradGrad,
  conv2dGrad,
  conv2dBackpropFilterGrad,
  conv2dBackpropInputGrad,
  depthwiseConv2dNativeGrad,
  depthwiseConv2dNativeBackpropFilterGrad,
  depthwiseConv2dNativeBackpropInputGrad,
  maxPoolGrad,
  maxPoolGradGrad,
  maxPoolGradGradGrad,
  batchMatMulGrad,
  concatGrad,
  gatherGrad,
  gatherNdGrad,
  padGrad,
  reverseGrad,
  scatterNdGrad,
  sliceGrad,
  splitVGrad,
  stridedSliceGrad,
  tileGrad,
  transposeGrad,
  unsortedSegmentSumGrad,
  // (each op family adds its gradients here)
];

/** Kernels with no gradient by nature. */
export const nonDifferentiableKernels: readonly string[] = [
  Greater,
  StopGradient,
  Floor,
  Ceil,
  Round,
  IsNan,
  IsFinite,
  LogicalNot,
  All,
  Any,
  ArgMax,
  ArgMin,
  Equal,
  FloorDiv,
  GreaterEqual,
  Less,
  LessEqual,
  LogicalAnd,
  LogicalOr,
  NotEqual,
  Multinomial,
  OneHot,
  // (each op family adds its non-differentiable kernels here)
];

export function registerGradients(): void {
  for (const g of gradients) registerGradient(g);
  markNonDifferentiable(...nonDifferentiableKernels);
}
