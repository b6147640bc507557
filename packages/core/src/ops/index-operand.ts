import { kernelTypeName } from '../dtypes';
import { opError } from '../errors';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';

/**
 * Converts an index argument (gather indices, segment ids, one-hot indices). Plain data becomes
 * int32, since JS numbers would otherwise infer float32; a tensor must already be int32, and
 * any other dtype gets TF's type-constraint error for the op's index attr.
 */
export function indexOperand(x: Input, opName: string, attr = 'Tindices', allowed = 'int16, int32, int64'): Tensor {
  if (!isTensorOrVariable(x)) return convertToTensor(x, 'int32');
  const t = convertToTensor(x);
  if (t.dtype !== 'int32') {
    throw opError(opName, `Value for attr '${attr}' of ${kernelTypeName(t.dtype)} is not in the list of allowed values: ${allowed}`);
  }
  return t;
}
