import type { KernelConfig } from '@tensortape/core';
import { addKernel } from './add';
import { broadcastToKernel } from './broadcast-to';
import { castKernel } from './cast';
import { greaterKernel } from './greater';
import { identityKernel } from './identity';
import { logKernel } from './log';
import { mulKernel } from './mul';
import { negKernel } from './neg';
import { powKernel } from './pow';
import { realDivKernel } from './real-div';
import { reshapeKernel } from './reshape';
import { selectKernel } from './select';
import { squareKernel } from './square';
import { stopGradientKernel } from './stop-gradient';
import { subKernel } from './sub';
import { sumKernel } from './sum';
import { absKernel } from './abs';
import { signKernel } from './sign';
import { sqrtKernel } from './sqrt';
import { rsqrtKernel } from './rsqrt';
import { reciprocalKernel } from './reciprocal';
import { expKernel } from './exp';
import { expm1Kernel } from './expm1';
import { log1pKernel } from './log1p';
import { sinKernel } from './sin';
import { cosKernel } from './cos';
import { tanKernel } from './tan';
import { asinKernel } from './asin';
import { acosKernel } from './acos';
import { atanKernel } from './atan';
import { sinhKernel } from './sinh';
import { coshKernel } from './cosh';
import { tanhKernel } from './tanh';
import { asinhKernel } from './asinh';
import { acoshKernel } from './acosh';
import { atanhKernel } from './atanh';
import { erfKernel } from './erf';
import { floorKernel } from './floor';
import { ceilKernel } from './ceil';
import { roundKernel } from './round';
import { isNanKernel } from './is-nan';
import { isFiniteKernel } from './is-finite';
import { logicalNotKernel } from './logical-not';
import { sigmoidKernel } from './sigmoid';
import { softplusKernel } from './softplus';
import { reluKernel } from './relu';
import { relu6Kernel } from './relu6';
import { eluKernel } from './elu';
import { seluKernel } from './selu';
import { leakyReluKernel } from './leaky-relu';
import { geluKernel } from './gelu';
import { siluKernel } from './silu';
import { softmaxKernel } from './softmax';
import { logSoftmaxKernel } from './log-softmax';
import { allKernel } from './all';
import { anyKernel } from './any';
import { argMaxKernel } from './arg-max';
import { argMinKernel } from './arg-min';
import { atan2Kernel } from './atan2';
import { cumprodKernel } from './cumprod';
import { cumsumKernel } from './cumsum';
import { divNoNanKernel } from './div-no-nan';
import { equalKernel } from './equal';
import { floorDivKernel } from './floor-div';
import { floorModKernel } from './floor-mod';
import { greaterEqualKernel } from './greater-equal';
import { lessKernel } from './less';
import { lessEqualKernel } from './less-equal';
import { logicalAndKernel } from './logical-and';
import { logicalOrKernel } from './logical-or';
import { maxKernel } from './max';
import { maximumKernel } from './maximum';
import { minKernel } from './min';
import { minimumKernel } from './minimum';
import { notEqualKernel } from './not-equal';
import { prodKernel } from './prod';
import { squaredDifferenceKernel } from './squared-difference';
import { avgPoolKernel } from './avg-pool';
import { avgPoolGradKernel } from './avg-pool-grad';
import { conv2dKernel } from './conv2d';
import { conv2dBackpropFilterKernel } from './conv2d-backprop-filter';
import { conv2dBackpropInputKernel } from './conv2d-backprop-input';
import { depthwiseConv2dNativeKernel } from './depthwise-conv2d-native';
import { depthwiseConv2dNativeBackpropFilterKernel } from './depthwise-conv2d-native-backprop-filter';
import { depthwiseConv2dNativeBackpropInputKernel } from './depthwise-conv2d-native-backprop-input';
import { maxPoolKernel } from './max-pool';
import { maxPoolGradKernel } from './max-pool-grad';
import { maxPoolGradGradKernel } from './max-pool-grad-grad';
import { multinomialKernel } from './multinomial';
import { batchMatMulKernel } from './batch-mat-mul';
import { concatKernel } from './concat';
import { gatherKernel } from './gather';
import { gatherNdKernel } from './gather-nd';
import { oneHotKernel } from './one-hot';
import { padKernel } from './pad';
import { reverseKernel } from './reverse';
import { scatterNdKernel } from './scatter-nd';
import { sliceKernel } from './slice';
import { splitVKernel } from './split-v';
import { stridedSliceKernel } from './strided-slice';
import { tileKernel } from './tile';
import { transposeKernel } from './transpose';
import { unsortedSegmentSumKernel } from './unsorted-segment-sum';
// (each op family adds its kernel imports here)

/** Every kernel of the CPU backend. */
export const cpuKernels: readonly KernelConfig[] = [
  addKernel,
  broadcastToKernel,
  castKernel,
  greaterKernel,
  identityKernel,
  logKernel,
  mulKernel,
  negKernel,
  powKernel,
  realDivKernel,
  reshapeKernel,
  selectKernel,
  squareKernel,
  stopGradientKernel,
  subKernel,
  sumKernel,
  absKernel,
  signKernel,
  sqrtKernel,
  rsqrtKernel,
  reciprocalKernel,
  expKernel,
  expm1Kernel,
  log1pKernel,
  sinKernel,
  cosKernel,
  tanKernel,
  asinKernel,
  acosKernel,
  atanKernel,
  sinhKernel,
  coshKernel,
  tanhKernel,
  asinhKernel,
  acoshKernel,
  atanhKernel,
  erfKernel,
  floorKernel,
  ceilKernel,
  roundKernel,
  isNanKernel,
  isFiniteKernel,
  logicalNotKernel,
  sigmoidKernel,
  softplusKernel,
  reluKernel,
  relu6Kernel,
  eluKernel,
  seluKernel,
  leakyReluKernel,
  geluKernel,
  siluKernel,
  softmaxKernel,
  logSoftmaxKernel,
  allKernel,
  anyKernel,
  argMaxKernel,
  argMinKernel,
  atan2Kernel,
  cumprodKernel,
  cumsumKernel,
  divNoNanKernel,
  equalKernel,
  floorDivKernel,
  floorModKernel,
  greaterEqualKernel,
  lessKernel,
  lessEqualKernel,
  logicalAndKernel,
  logicalOrKernel,
  maxKernel,
  maximumKernel,
  minKernel,
  minimumKernel,
  notEqualKernel,
  prodKernel,
  squaredDifferenceKernel,
  avgPoolKernel,
  avgPoolGradKernel,
  conv2dKernel,
  conv2dBackpropFilterKernel,
  conv2dBackpropInputKernel,
  depthwiseConv2dNativeKernel,
  depthwiseConv2dNativeBackpropFilterKernel,
  depthwiseConv2dNativeBackpropInputKernel,
  maxPoolKernel,
  maxPoolGradKernel,
  maxPoolGradGradKernel,
  multinomialKernel,
  batchMatMulKernel,
  concatKernel,
  gatherKernel,
  gatherNdKernel,
  oneHotKernel,
  padKernel,
  reverseKernel,
  scatterNdKernel,
  sliceKernel,
  splitVKernel,
  stridedSliceKernel,
  tileKernel,
  transposeKernel,
  unsortedSegmentSumKernel,
  // (each op family adds its kernels here)
];
