import { type DType, kernelTypeName } from '../dtypes';
import { opError } from '../errors';

export const NUMERIC: readonly DType[] = ['float32', 'float64', 'int32'];
export const FLOATS: readonly DType[] = ['float32', 'float64'];

/** TF's type-constraint error when a kernel has no implementation for `dtype`. */
export function checkDType(dtype: DType, allowed: readonly DType[], opName: string): void {
  if (!allowed.includes(dtype)) {
    throw opError(
      opName,
      `Value for attr 'T' of ${kernelTypeName(dtype)} is not in the list of allowed values: ${allowed.map(kernelTypeName).join(', ')}`,
    );
  }
}
