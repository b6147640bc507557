import type { DType } from '../dtypes';
import { runKernel } from '../engine';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType } from './check-dtype';

/** Runs the element-wise kernel `kernelName` on `x` after TF's dtype check. */
export function unaryOp(kernelName: string, x: Input, allowed: readonly DType[]): Tensor {
  const t = convertToTensor(x);
  checkDType(t.dtype, allowed, kernelName);
  return runKernel(kernelName, { x: t });
}
