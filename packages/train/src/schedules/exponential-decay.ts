import { checkPositive, type LearningRateSchedule } from './learning-rate-schedule';

export interface ExponentialDecayOptions {
  /** Round `step / decaySteps` down, so the rate drops in steps. Default false. */
  staircase?: boolean;
}

/**
 * `initialLearningRate * decayRate ** (step / decaySteps)` (Keras `ExponentialDecay`); with
 * `staircase` the exponent is floored.
 *
 * @example
 * const schedule = new tf.ExponentialDecay(0.1, 100, 0.5);
 * console.log(schedule.call(200)); // 0.025
 */
export class ExponentialDecay implements LearningRateSchedule {
  readonly staircase: boolean;

  constructor(
    readonly initialLearningRate: number,
    readonly decaySteps: number,
    readonly decayRate: number,
    options: ExponentialDecayOptions = {},
  ) {
    checkPositive('decay_steps', decaySteps);
    this.staircase = options.staircase ?? false;
  }

  call(step: number): number {
    const p = step / this.decaySteps;
    return this.initialLearningRate * this.decayRate ** (this.staircase ? Math.floor(p) : p);
  }
}
