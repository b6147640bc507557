import { ValueError } from '@tensortape/core';
import { checkPositive, type LearningRateSchedule } from './learning-rate-schedule';

export interface CosineDecayOptions {
  /** The floor, as a fraction of the starting rate. Default 0. */
  alpha?: number;
  /** With `warmupSteps`: the rate that a linear warmup climbs to before the decay starts. */
  warmupTarget?: number;
  /** How many steps the linear warmup from `initialLearningRate` to `warmupTarget` lasts. Default 0. */
  warmupSteps?: number;
}

/**
 * Cosine decay (Keras `CosineDecay`, SGDR without restarts): over `decaySteps` steps the rate
 * falls from its start to `alpha` times it along half a cosine, then stays there. With a
 * `warmupTarget`, it first climbs linearly from `initialLearningRate` to `warmupTarget` over
 * `warmupSteps` steps, and the decay starts from `warmupTarget`.
 *
 * @example
 * const schedule = new tf.CosineDecay(1, 100);
 * console.log(schedule.call(0), schedule.call(50), schedule.call(100)); // 1 0.5 0
 */
export class CosineDecay implements LearningRateSchedule {
  readonly alpha: number;
  readonly warmupTarget: number | undefined;
  readonly warmupSteps: number;

  constructor(
    readonly initialLearningRate: number,
    readonly decaySteps: number,
    options: CosineDecayOptions = {},
  ) {
    checkPositive('decay_steps', decaySteps);
    this.alpha = options.alpha ?? 0;
    this.warmupTarget = options.warmupTarget;
    this.warmupSteps = options.warmupSteps ?? 0;
    if (this.warmupSteps < 0) throw new ValueError(`Argument \`warmup_steps\` must be >= 0. Received: warmup_steps=${this.warmupSteps}`);
  }

  call(step: number): number {
    if (this.warmupTarget === undefined) return this.decay(Math.min(step, this.decaySteps), this.initialLearningRate);
    const s = Math.min(step, this.decaySteps + this.warmupSteps);
    if (s < this.warmupSteps) {
      return (this.warmupTarget - this.initialLearningRate) * (s / this.warmupSteps) + this.initialLearningRate;
    }
    return this.decay(s - this.warmupSteps, this.warmupTarget);
  }

  private decay(step: number, from: number): number {
    const cosine = 0.5 * (1 + Math.cos((Math.PI * step) / this.decaySteps));
    return from * ((1 - this.alpha) * cosine + this.alpha);
  }
}
