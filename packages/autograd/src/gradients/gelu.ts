import { add, erf, exp, Gelu, multiply, negative, square, subtract, tanh, type GeluAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';

// The kernel's float32-rounded constants (as TF's), so that this is its exact derivative.
const SQRT_HALF = Math.fround(Math.SQRT1_2);
const COEFF = Math.fround(0.044715);
const SQRT_2_OVER_PI = 0.7978845608028654;
const ONE_OVER_SQRT_PI = 1 / Math.sqrt(Math.PI);

/** With z = x/√2: ½(1 + erf(z)) + x e^(−z²)/√(2π), the normal CDF plus x times the density. */
function exactDerivative(x: Tensor): Tensor {
  const z = multiply(x, SQRT_HALF);
  const cdf = multiply(add(erf(z), 1), 0.5);
  const density = multiply(exp(negative(square(z))), SQRT_HALF * ONE_OVER_SQRT_PI);
  return add(cdf, multiply(x, density));
}

/** With t = tanh(u), u = c(x + k x³): ½(1 + t) + ½ x (1 - t²) c (1 + 3k x²). */
function tanhDerivative(x: Tensor): Tensor {
  const x2 = square(x);
  const t = tanh(multiply(multiply(x, add(multiply(x2, COEFF), 1)), SQRT_2_OVER_PI));
  const du = multiply(add(multiply(x2, 3 * COEFF), 1), SQRT_2_OVER_PI);
  return multiply(add(add(t, 1), multiply(multiply(x, subtract(1, square(t))), du)), 0.5);
}

export const geluGrad: GradientConfig = {
  kernelName: Gelu,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { approximate } = node.attrs as unknown as GeluAttrs;
    return { x: () => multiply(dy!, approximate ? tanhDerivative(x!) : exactDerivative(x!)) };
  },
};
