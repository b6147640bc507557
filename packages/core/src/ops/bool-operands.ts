import { kernelTypeName } from '../dtypes';
import { opError } from '../errors';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';

/**
 * Converts the operands of an op that takes bool tensors only (logical ops, any/all): plain data
 * must be boolean, and a tensor of another dtype raises TF's error for its input position.
 */
export function boolOperands(inputs: readonly Input[], opName: string): Tensor[] {
  return inputs.map((input, i) => {
    const t = isTensorOrVariable(input) ? convertToTensor(input) : convertToTensor(input, 'bool');
    if (t.dtype !== 'bool') {
      throw opError(
        opName,
        `cannot compute ${opName} as input #${i}(zero-based) was expected to be a bool tensor but is a ${kernelTypeName(t.dtype)} tensor`,
      );
    }
    return t;
  });
}
