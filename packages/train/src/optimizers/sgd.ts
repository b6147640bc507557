import { add, multiply, subtract, ValueError, type Tensor, type Variable } from '@tensortape/core';
import { Optimizer, type OptimizerOptions, type SlotSpec } from './optimizer';

export interface SGDOptions extends OptimizerOptions {
  /** Accelerates in the gradient's direction and damps oscillations. 0 (plain SGD) by default. */
  momentum?: number;
  /** Nesterov momentum. Default false. */
  nesterov?: boolean;
}

/**
 * Gradient descent with optional (Nesterov) momentum (Keras `SGD`; learning rate 0.01 by
 * default). With momentum `m` and velocity slot `velocity = m * velocity - lr * g`, the variable
 * moves by `velocity`, or by `m * velocity - lr * g` with Nesterov.
 *
 * @example
 * const w = new tf.Variable(1);
 * const opt = new tf.SGD({ learningRate: 0.1, momentum: 0.9 });
 * opt.applyGradients([[tf.constant(1), w]]);
 * console.log(w.format()); // 0.9
 */
export class SGD extends Optimizer {
  readonly momentum: number;
  readonly nesterov: boolean;

  constructor(options: SGDOptions = {}) {
    super('SGD', 0.01, options);
    this.momentum = options.momentum ?? 0;
    this.nesterov = options.nesterov ?? false;
    if (!(this.momentum >= 0 && this.momentum <= 1)) {
      throw new ValueError(`\`momentum\` must be a float between [0, 1]. Received: momentum=${this.momentum}`);
    }
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return this.momentum === 0 ? [] : [{ name: 'momentum', initialValue: 0 }];
  }

  protected updateStep(g: Tensor, variable: Variable, lr: number): void {
    if (this.momentum === 0) {
      variable.assignSub(multiply(g, lr), { readValue: false });
      return;
    }
    const m = this.getSlot(variable, 'momentum');
    m.assign(subtract(multiply(m, this.momentum), multiply(g, lr)), { readValue: false });
    const delta = this.nesterov ? subtract(multiply(m, this.momentum), multiply(g, lr)) : m.value();
    variable.assign(add(variable, delta), { readValue: false });
  }
}
