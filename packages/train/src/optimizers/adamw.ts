import { ValueError } from '@tensortape/core';
import { Adam, type AdamOptions } from './adam';

/**
 * Adam with decoupled weight decay (Keras `AdamW`; `weightDecay` 0.004 by default): before each
 * Adam update, `variable -= variable * weightDecay * learningRate`.
 *
 * @example
 * const w = new tf.Variable(1);
 * const opt = new tf.AdamW({ learningRate: 0.1, weightDecay: 0.5 });
 * opt.applyGradients([[tf.constant(0), w]]);
 * console.log(w.format()); // 0.95
 */
export class AdamW extends Adam {
  constructor(options: AdamOptions = {}) {
    super({ ...options, name: options.name ?? 'adamw', weightDecay: options.weightDecay ?? 0.004 });
    if (!Number.isFinite(this.weightDecay)) {
      throw new ValueError(`Argument \`weight_decay\` must be a float. Received: weight_decay=${this.weightDecay}`);
    }
  }
}
