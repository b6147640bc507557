import { GradientTape } from '@tensortape/autograd';
import { add, constant, multiply, random, reduceSum, type Tensor } from '@tensortape/core';

export interface CheckGradientsOptions {
  /** 1: first derivatives; 2: also the derivatives of the gradient (Hessian-vector products). */
  order?: 1 | 2;
  /** Finite-difference step (default 1e-5 at order 1, 1e-4 at order 2). */
  eps?: number;
  rtol?: number;
  atol?: number;
  /** Seeds the random directions. */
  seed?: number;
}

export interface GradientCheckResult {
  order: number;
  analytic: number;
  numeric: number;
}

/** sum over inputs of <a_i, b_i>, as a scalar tensor. */
function dot(as: readonly (Tensor | null)[], bs: readonly Tensor[]): Tensor {
  let total: Tensor = constant(0, { dtype: bs[0]?.dtype ?? 'float64' });
  as.forEach((a, i) => {
    if (a) total = add(total, reduceSum(multiply(a, bs[i] as Tensor)));
  });
  return total;
}

function randomLike(xs: readonly Tensor[], seed: number): Tensor[] {
  return xs.map((x, i) => random.normal(x.shape, { dtype: x.dtype, seed: seed * 31 + i }));
}

/**
 * Checks reverse-mode gradients of `f` against central finite differences along random
 * directions, in the inputs' dtype (use float64). Order 1 compares d/dε sum(w·f(x + εv)) with
 * <∇ sum(w·f), v>; order 2 does the same for the scalar <∇ sum(w·f), u>, whose gradient is
 * a Hessian-vector product computed with nested tapes. Throws when they disagree; returns the
 * compared values.
 */
export function checkGradients(
  f: (...xs: Tensor[]) => Tensor,
  inputs: readonly Tensor[],
  options: CheckGradientsOptions = {},
): GradientCheckResult[] {
  const { order = 1, seed = 1, rtol = 1e-5, atol = 1e-6 } = options;
  const y = f(...inputs);
  const w = random.normal(y.shape, { dtype: y.dtype, seed });
  const [u, v] = [randomLike(inputs, seed + 1), randomLike(inputs, seed + 2)];
  const objective = (xs: readonly Tensor[]) => reduceSum(multiply(w, f(...xs)));
  const gradient = (xs: readonly Tensor[]): (Tensor | null)[] => {
    const tape = new GradientTape();
    const out = tape.record(() => {
      tape.watch([...xs]);
      return objective(xs);
    });
    return tape.gradient(out, [...xs]);
  };
  // h_1(x) = sum(w·f(x)); h_2(x) = <∇h_1(x), u>. Each is checked along v.
  const levels: ((xs: readonly Tensor[]) => Tensor)[] = [objective, (xs) => dot(gradient(xs), u)];
  const results: GradientCheckResult[] = [];
  for (let k = 0; k < order; k++) {
    const h = levels[k] as (xs: readonly Tensor[]) => Tensor;
    const eps = options.eps ?? (k === 0 ? 1e-5 : 1e-4);
    const tape = new GradientTape();
    const value = tape.record(() => {
      tape.watch([...inputs]);
      return h(inputs);
    });
    const analytic = dot(tape.gradient(value, [...inputs]), v).numpy() as number;
    const shifted = (sign: number) => h(inputs.map((x, i) => add(x, multiply(v[i] as Tensor, sign * eps)))).numpy() as number;
    const numeric = (shifted(1) - shifted(-1)) / (2 * eps);
    results.push({ order: k + 1, analytic, numeric });
    if (!(Math.abs(analytic - numeric) <= atol + rtol * Math.abs(numeric))) {
      throw new Error(`order ${k + 1}: reverse mode gives ${analytic}, finite differences ${numeric}`);
    }
  }
  return results;
}
