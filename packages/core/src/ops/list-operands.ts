import { kernelTypeName } from '../dtypes';
import { opError } from '../errors';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';

/**
 * Converts the values of a list op (concat, stack) to one dtype: plain data takes the dtype of
 * the first tensor in the list, and tensors of another dtype are refused with TF's text.
 */
export function listOperands(values: readonly Input[], opName: string): Tensor[] {
  const first = values.find(isTensorOrVariable);
  const dtype = first === undefined ? undefined : convertToTensor(first).dtype;
  const tensors = values.map((v) => (isTensorOrVariable(v) ? convertToTensor(v) : convertToTensor(v, dtype)));
  const expected = tensors[0]?.dtype;
  tensors.forEach((t, i) => {
    if (expected !== undefined && t.dtype !== expected) {
      throw opError(
        opName,
        `cannot compute ${opName} as input #${i}(zero-based) was expected to be a ${kernelTypeName(expected)} tensor ` +
          `but is a ${kernelTypeName(t.dtype)} tensor`,
      );
    }
  });
  return tensors;
}
