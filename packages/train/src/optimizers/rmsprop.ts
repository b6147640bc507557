import { add, divide, multiply, sqrt, square, subtract, type Tensor, type Variable } from '@tensortape/core';
import { Optimizer, type OptimizerOptions, type SlotSpec } from './optimizer';

export interface RMSpropOptions extends OptimizerOptions {
  /** Decay of the running mean of squared gradients. Default 0.9. */
  rho?: number;
  /** Plain (not Nesterov) momentum on the increments. Default 0. */
  momentum?: number;
  /** Added to the mean square under the square root. Default 1e-7. */
  epsilon?: number;
  /** Divide by the estimated variance of the gradient instead of its second moment. Default false. */
  centered?: boolean;
}

/**
 * RMSprop (Keras `RMSprop`; learning rate 0.001 by default): `velocity = rho·velocity +
 * (1 - rho)·g²`, and the variable moves by `-lr·g / sqrt(velocity + epsilon)`. Centered, it
 * also tracks `averageGradient` and divides by `sqrt(velocity - averageGradient² + epsilon)`;
 * with momentum the increments accumulate in the `momentum` slot.
 *
 * @example
 * const w = new tf.Variable(1);
 * const opt = new tf.RMSprop({ learningRate: 0.01 });
 * opt.applyGradients([[tf.constant(2), w]]);
 * console.log(w.format()); // 0.96837723
 */
export class RMSprop extends Optimizer {
  readonly rho: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly centered: boolean;

  constructor(options: RMSpropOptions = {}) {
    super('rmsprop', 0.001, options);
    this.rho = options.rho ?? 0.9;
    this.momentum = options.momentum ?? 0;
    this.epsilon = options.epsilon ?? 1e-7;
    this.centered = options.centered ?? false;
  }

  protected slotSpecs(): readonly SlotSpec[] {
    const slots: SlotSpec[] = [{ name: 'velocity', initialValue: 0 }];
    if (this.momentum > 0) slots.push({ name: 'momentum', initialValue: 0 });
    if (this.centered) slots.push({ name: 'averageGradient', initialValue: 0 });
    return slots;
  }

  protected updateStep(g: Tensor, variable: Variable, lr: number): void {
    const { rho } = this;
    const velocity = this.getSlot(variable, 'velocity');
    velocity.assign(add(multiply(velocity, rho), multiply(square(g), 1 - rho)), { readValue: false });
    let denominator: Tensor;
    if (this.centered) {
      const mean = this.getSlot(variable, 'averageGradient');
      mean.assign(add(multiply(mean, rho), multiply(g, 1 - rho)), { readValue: false });
      denominator = add(subtract(velocity, square(mean)), this.epsilon);
    } else {
      denominator = add(velocity, this.epsilon);
    }
    const increment = divide(multiply(g, lr), sqrt(denominator));
    if (this.momentum > 0) {
      const momentum = this.getSlot(variable, 'momentum');
      momentum.assign(add(multiply(momentum, this.momentum), increment), { readValue: false });
      variable.assignSub(momentum, { readValue: false });
    } else {
      variable.assignSub(increment, { readValue: false });
    }
  }
}
