import { Gelu, type GeluAttrs, type KernelConfig } from '@tensortape/core';
import { erfc } from '../math/erf';
import { unaryKernel } from './unary';

// TF builds its constants with math_ops.cast(python_float, dtype), which goes through float32:
// float64 results only agree with TF with these float32-rounded values.
const SQRT_HALF = Math.fround(Math.SQRT1_2);
const COEFF = Math.fround(0.044715);

// 0.5 x (1 + erf(x/√2)) as 0.5 x erfc(-x/√2), which keeps its precision for very negative x.
const exact = unaryKernel((x) => 0.5 * x * erfc(-x * SQRT_HALF));
const approximate = unaryKernel((x) => 0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + COEFF * x ** 3))));

export const geluKernel: KernelConfig = {
  kernelName: Gelu,
  backendName: 'cpu',
  kernelFunc: (args) => ((args.attrs as unknown as GeluAttrs).approximate ? approximate : exact)(args),
};
