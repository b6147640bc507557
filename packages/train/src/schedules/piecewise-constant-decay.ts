import { ValueError } from '@tensortape/core';
import type { LearningRateSchedule } from './learning-rate-schedule';

/**
 * A rate that is constant between step boundaries (Keras `PiecewiseConstantDecay`): `values[0]`
 * while `step <= boundaries[0]`, `values[i]` while `boundaries[i-1] < step <= boundaries[i]`,
 * and the last value after the last boundary.
 *
 * @example
 * const schedule = new tf.PiecewiseConstantDecay([100, 200], [1, 0.5, 0.1]);
 * console.log(schedule.call(100), schedule.call(101), schedule.call(500)); // 1 0.5 0.1
 */
export class PiecewiseConstantDecay implements LearningRateSchedule {
  constructor(
    readonly boundaries: readonly number[],
    readonly values: readonly number[],
  ) {
    if (values.length !== boundaries.length + 1) {
      throw new ValueError(
        `The length of boundaries should be 1 less than the length of values. Received: boundaries=[${boundaries.join(', ')}] of length ${boundaries.length}, and values=[${values.join(', ')}] of length ${values.length}.`,
      );
    }
    for (let i = 1; i < boundaries.length; i++) {
      if (!((boundaries[i] as number) > (boundaries[i - 1] as number))) {
        throw new ValueError(`\`boundaries\` must be strictly increasing. Received: boundaries=[${boundaries.join(', ')}]`);
      }
    }
  }

  call(step: number): number {
    const i = this.boundaries.findIndex((b) => step <= b);
    return this.values[i < 0 ? this.boundaries.length : i] as number;
  }
}
