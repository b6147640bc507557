import { divide, multiply, sqrt, square, add, ValueError, type Tensor, type Variable } from '@tensortape/core';
import { Optimizer, type OptimizerOptions, type SlotSpec } from './optimizer';

export interface AdagradOptions extends OptimizerOptions {
  /** The starting value of each accumulator. Default 0.1. */
  initialAccumulatorValue?: number;
  /** Added to the accumulator under the square root. Default 1e-7. */
  epsilon?: number;
}

/**
 * Adagrad (Keras `Adagrad`; learning rate 0.001 by default): the `accumulator` slot sums the
 * squared gradients, and the variable moves by `-lr·g / sqrt(accumulator + epsilon)`.
 *
 * @example
 * const w = new tf.Variable(1);
 * const opt = new tf.Adagrad({ learningRate: 0.1, initialAccumulatorValue: 0 });
 * opt.applyGradients([[tf.constant(2), w]]);
 * console.log(w.format()); // 0.9
 */
export class Adagrad extends Optimizer {
  readonly initialAccumulatorValue: number;
  readonly epsilon: number;

  constructor(options: AdagradOptions = {}) {
    super('adagrad', 0.001, options);
    this.initialAccumulatorValue = options.initialAccumulatorValue ?? 0.1;
    this.epsilon = options.epsilon ?? 1e-7;
    if (!(this.initialAccumulatorValue >= 0)) {
      throw new ValueError(`\`initial_accumulator_value\` must be non-negative. Received: initial_accumulator_value=${this.initialAccumulatorValue}`);
    }
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return [{ name: 'accumulator', initialValue: this.initialAccumulatorValue }];
  }

  protected updateStep(g: Tensor, variable: Variable, lr: number): void {
    const accumulator = this.getSlot(variable, 'accumulator');
    accumulator.assignAdd(square(g), { readValue: false });
    variable.assignSub(divide(multiply(g, lr), sqrt(add(accumulator, this.epsilon))), { readValue: false });
  }
}
