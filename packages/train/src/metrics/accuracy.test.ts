import { registerCpuBackend } from '@tensortape/backend-cpu';
import { constant } from '@tensortape/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracy, binaryAccuracy, categoricalAccuracy, sparseCategoricalAccuracy } from './accuracy';

beforeAll(() => registerCpuBackend());

describe('accuracy metrics (Keras examples)', () => {
  it('accuracy counts exact matches', () => {
    const a = accuracy([[1], [2], [3], [4]], [[0], [2], [3], [4]]);
    expect([a.dtype, a.shape, a.numpy()]).toEqual(['float32', [], 0.75]);
  });

  it('binaryAccuracy thresholds the predictions', () => {
    expect(binaryAccuracy([[1], [1], [0], [0]], [[0.98], [1], [0], [0.6]]).numpy()).toBe(0.75);
    expect(binaryAccuracy([[1], [1], [0], [0]], [[0.98], [1], [0], [0.6]], 0.7).numpy()).toBe(1);
  });

  it('categoricalAccuracy compares the arg max of one-hot targets and predictions', () => {
    expect(categoricalAccuracy([[0, 0, 1], [0, 1, 0]], [[0.1, 0.9, 0.8], [0.05, 0.95, 0]]).numpy()).toBe(0.5);
  });

  it('sparseCategoricalAccuracy takes labels as int32, floats or [n, 1]', () => {
    const pred = [
      [0.1, 0.6, 0.3],
      [0.05, 0.95, 0],
    ];
    expect(sparseCategoricalAccuracy([2, 1], pred).numpy()).toBe(0.5);
    expect(sparseCategoricalAccuracy([[2], [1]], pred).numpy()).toBe(0.5);
    expect(sparseCategoricalAccuracy(constant([1, 1]), pred).numpy()).toBe(1);
  });
});
