import { add, divide, maximum, multiply, sqrt, square, subtract, type Tensor, type Variable } from '@tensortape/core';
import { roundTo } from './round-to';
import { Optimizer, type OptimizerOptions, type SlotSpec } from './optimizer';

export interface AdamOptions extends OptimizerOptions {
  /** Decay of the first-moment estimate. Default 0.9. */
  beta1?: number;
  /** Decay of the second-moment estimate. Default 0.999. */
  beta2?: number;
  /** Keeps the denominator away from zero. Default 1e-7. */
  epsilon?: number;
  /** Divide by the running maximum of the second moment (AMSGrad). Default false. */
  amsgrad?: boolean;
}

/**
 * Adam (Keras `Adam`; learning rate 0.001 by default). At step t, with slots `m` and `v`:
 * `m += (g - m)(1 - beta1)`, `v += (g² - v)(1 - beta2)`, and the variable moves by
 * `-lr·sqrt(1 - beta2^t)/(1 - beta1^t) · m / (sqrt(v) + epsilon)`. With `amsgrad`, slot `vhat`
 * keeps the maximum of `v`, which replaces it in the denominator.
 *
 * @example
 * const w = new tf.Variable([1, -1]);
 * const opt = new tf.Adam({ learningRate: 0.1 });
 * opt.applyGradients([[tf.constant([3, -0.5]), w]]);
 * console.log(w.format()); // [ 0.90000075 -0.9000013 ]
 */
export class Adam extends Optimizer {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly amsgrad: boolean;

  constructor(options: AdamOptions = {}) {
    super('adam', 0.001, options);
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-7;
    this.amsgrad = options.amsgrad ?? false;
  }

  protected slotSpecs(): readonly SlotSpec[] {
    const slots = [
      { name: 'm', initialValue: 0 },
      { name: 'v', initialValue: 0 },
    ];
    return this.amsgrad ? [...slots, { name: 'vhat', initialValue: 0 }] : slots;
  }

  protected updateStep(g: Tensor, variable: Variable, lr: number, step: number): void {
    const m = this.getSlot(variable, 'm');
    const v = this.getSlot(variable, 'v');
    // Keras computes the step size with scalar ops in the variable's dtype: round as they do.
    const r = (x: number) => roundTo(variable.dtype, x);
    const [b1Power, b2Power] = [r(r(this.beta1) ** step), r(r(this.beta2) ** step)];
    const alpha = r(r(r(lr) * r(Math.sqrt(r(1 - b2Power)))) / r(1 - b1Power));
    m.assignAdd(multiply(subtract(g, m), 1 - this.beta1), { readValue: false });
    v.assignAdd(multiply(subtract(square(g), v), 1 - this.beta2), { readValue: false });
    let second: Tensor = v.value();
    if (this.amsgrad) {
      const vhat = this.getSlot(variable, 'vhat');
      vhat.assign(maximum(vhat, v), { readValue: false });
      second = vhat.value();
    }
    variable.assignSub(divide(multiply(m, alpha), add(sqrt(second), this.epsilon)), { readValue: false });
  }
}
