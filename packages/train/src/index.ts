/**
 * @tensortape/train: optimizers, learning-rate schedules, losses, metrics and checkpoints for
 * training tensortape Variables.
 */
export * from './optimizers/index';
export { type LearningRate, type LearningRateSchedule } from './schedules/learning-rate-schedule';
export { ExponentialDecay, type ExponentialDecayOptions } from './schedules/exponential-decay';
export { PiecewiseConstantDecay } from './schedules/piecewise-constant-decay';
export { CosineDecay, type CosineDecayOptions } from './schedules/cosine-decay';
export * from './losses/index';
export { accuracy, binaryAccuracy, categoricalAccuracy, sparseCategoricalAccuracy } from './metrics/accuracy';
export { Checkpoint, type Trackable } from './checkpoint/checkpoint';
export { encodeCheckpoint, decodeCheckpoint, type CheckpointEntry } from './checkpoint/checkpoint-format';
export { DataLossError } from './checkpoint/data-loss-error';
