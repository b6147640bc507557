import { kernelTypeName, type DType } from '../dtypes';
import { opError } from '../errors';
import { broadcastShapes } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';
import { checkDType } from './check-dtype';

/**
 * Converts the operands of a broadcasting binary op. Plain data takes the dtype of the tensor
 * operand (so `2 * x` works for any x), two tensors must share a dtype (no implicit promotion,
 * as in TF), and the shapes must broadcast. Errors carry TF's text for `opName`.
 */
export function binaryOperands(a: Input, b: Input, opName: string, allowed: readonly DType[]): [Tensor, Tensor] {
  let x: Tensor;
  let y: Tensor;
  if (isTensorOrVariable(a) || !isTensorOrVariable(b)) {
    x = convertToTensor(a);
    y = isTensorOrVariable(b) ? convertToTensor(b) : convertToTensor(b, x.dtype);
  } else {
    y = convertToTensor(b);
    x = convertToTensor(a, y.dtype);
  }
  if (x.dtype !== y.dtype) {
    throw opError(
      opName,
      `cannot compute ${opName} as input #1(zero-based) was expected to be a ${kernelTypeName(x.dtype)} tensor ` +
        `but is a ${kernelTypeName(y.dtype)} tensor`,
    );
  }
  checkDType(x.dtype, allowed, opName);
  broadcastShapes(x.shape, y.shape, opName);
  return [x, y];
}
