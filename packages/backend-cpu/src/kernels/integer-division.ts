import { errors, type KernelFunc, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';

/**
 * Wraps a division-like kernel: an int32 divisor `b` holding a zero raises TF's error instead
 * of a garbage value (floats divide to inf or nan).
 */
export function checkingIntegerDivisor(opName: string, kernel: KernelFunc): KernelFunc {
  return (args) => {
    const b = args.inputs.b as TensorInfo;
    if (b.dtype === 'int32' && valuesOf(b).includes(0)) throw errors.kernelError(opName, 'Integer division by zero');
    return kernel(args);
  };
}
