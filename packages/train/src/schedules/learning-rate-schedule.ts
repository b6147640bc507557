import { ValueError } from '@tensortape/core';

/**
 * A learning rate that depends on the optimizer's step (Keras `LearningRateSchedule`): the
 * optimizer calls it with its `iterations` count before each update.
 */
export interface LearningRateSchedule {
  /** The learning rate for `step` (0 for the first update). */
  call(step: number): number;
}

/** What an optimizer's `learningRate` accepts: a constant, a schedule, or a function of the step. */
export type LearningRate = number | LearningRateSchedule | ((step: number) => number);

/** The learning rate to use at `step`. */
export function learningRateAt(learningRate: LearningRate, step: number): number {
  const value = typeof learningRate === 'number' ? learningRate : typeof learningRate === 'function' ? learningRate(step) : learningRate.call(step);
  if (!Number.isFinite(value)) throw new ValueError(`The learning rate must be a finite number. Received: learning_rate=${value} at step ${step}`);
  return value;
}

/** Checks a schedule argument that must be a positive number (`decaySteps`, …). */
export function checkPositive(name: string, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) throw new ValueError(`Argument \`${name}\` must be > 0. Received: ${name}=${value}`);
}
