import { registerCpuBackend } from '@tensortape/backend-cpu';
import { constant, softmax, subtract, divide, Variable } from '@tensortape/core';
import { GradientTape } from '@tensortape/autograd';
import { expectClose } from '@tensortape/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { binaryCrossentropy } from './binary-crossentropy';
import { categoricalCrossentropy } from './categorical-crossentropy';
import { huber } from './huber';
import { meanAbsoluteError } from './mean-absolute-error';
import { meanSquaredError } from './mean-squared-error';
import { sparseCategoricalCrossentropy } from './sparse-categorical-crossentropy';

beforeAll(() => registerCpuBackend());

const f32 = { rtol: 1e-6, atol: 1e-7 };
const ln = Math.log;

describe('regression losses', () => {
  // Keras's documented example: per sample [0.5, 0.5].
  const yTrue = [
    [0, 1],
    [0, 0],
  ];
  const yPred = [
    [1, 1],
    [1, 0],
  ];

  it('meanSquaredError with each reduction and sample weights', () => {
    expectClose(meanSquaredError(yTrue, yPred), 0.5, f32);
    expectClose(meanSquaredError(yTrue, yPred, { reduction: 'sum' }), 1, f32);
    expectClose(meanSquaredError(yTrue, yPred, { reduction: 'none' }), [0.5, 0.5], f32);
    expectClose(meanSquaredError(yTrue, yPred, { sampleWeight: [0.7, 0.3] }), 0.25, f32);
    expect(meanSquaredError(yTrue, yPred, { reduction: 'none' }).shape).toEqual([2]);
  });

  it('meanAbsoluteError', () => {
    expectClose(meanAbsoluteError([[0, 1], [0, 0]], [[1, 3], [1, 0]]), (1.5 + 0.5) / 2, f32);
    expectClose(meanAbsoluteError(yTrue, yPred, { reduction: 'none' }), [0.5, 0.5], f32);
  });

  it('huber is quadratic inside delta and linear outside', () => {
    // e = 0.5: 0.125; e = 3 with delta 1: 3 - 0.5 = 2.5; mean over the last axis 1.3125.
    expectClose(huber([[0, 0]], [[0.5, 3]]), 1.3125, f32);
    // delta 2: e = 3 gives 2 * 3 - 2 = 4.
    expectClose(huber([[0, 0]], [[0.5, 3]], { delta: 2 }), (0.125 + 4) / 2, f32);
    expect(() => huber([0], [1], { delta: 0 })).toThrow('Argument `delta` must be > 0. Received: delta=0');
  });

  it('squeezes a trailing axis of 1 as Keras does, and casts targets to the predictions dtype', () => {
    // [n] against [n, 1]: the predictions lose their last axis, so the mean runs over all n.
    const squeezed = meanSquaredError([1, 2], [[1], [4]], { reduction: 'none' });
    expect(squeezed.shape).toEqual([]);
    expectClose(squeezed, 2, f32);
    const t = constant(new Int32Array([1, 2]));
    expectClose(meanSquaredError(t, constant(new Float64Array([2, 2]))), 0.5, { rtol: 1e-15 });
  });

  it('refuses an unknown reduction', () => {
    expect(() => meanSquaredError([1], [1], { reduction: 'mean' as never })).toThrow(
      "Invalid value for argument `reduction`. Expected one of 'sum_over_batch_size', 'sum', 'none'. Received: reduction=mean",
    );
  });
});

describe('cross-entropies', () => {
  it('binaryCrossentropy on probabilities', () => {
    const yTrue = [
      [0, 1],
      [0, 0],
    ];
    const yPred = [
      [0.6, 0.4],
      [0.4, 0.6],
    ];
    const perSample = [-ln(0.4), -(ln(0.6) + ln(0.4)) / 2];
    expectClose(binaryCrossentropy(yTrue, yPred, { reduction: 'none' }), perSample, f32);
    expectClose(binaryCrossentropy(yTrue, yPred), (perSample[0]! + perSample[1]!) / 2, f32);
    expectClose(binaryCrossentropy(yTrue, yPred, { sampleWeight: [1, 0] }), perSample[0]! / 2, f32);
    // Probabilities are clipped to [1e-7, 1 - 1e-7], so a confident miss costs -log(1e-7), not infinity.
    expectClose(binaryCrossentropy([[1]], [[0]]), -ln(Math.fround(1e-7)), { rtol: 1e-5 });
  });

  it('binaryCrossentropy from logits, with label smoothing', () => {
    const logits = [-18.6, 0.51, 2.94, -12.8];
    const labels = [0, 1, 0, 0];
    const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    const expected = logits.reduce((s, x, i) => s + softplus(x) - x * labels[i]!, 0) / 4;
    expectClose(binaryCrossentropy([labels], [logits], { fromLogits: true }), expected, f32);
    // Smoothing 0.2 moves targets to 0.1 and 0.9.
    const smoothed = logits.reduce((s, x, i) => s + softplus(x) - x * (labels[i]! * 0.8 + 0.1), 0) / 4;
    expectClose(binaryCrossentropy([labels], [logits], { fromLogits: true, labelSmoothing: 0.2 }), smoothed, f32);
  });

  const oneHot = [
    [0, 1, 0],
    [0, 0, 1],
  ];
  const probs = [
    [0.05, 0.95, 0],
    [0.1, 0.8, 0.1],
  ];

  it('categoricalCrossentropy on probabilities', () => {
    const perSample = [-ln(0.95), -ln(0.1)];
    expectClose(categoricalCrossentropy(oneHot, probs, { reduction: 'none' }), perSample, f32);
    expectClose(categoricalCrossentropy(oneHot, probs, { sampleWeight: [0.3, 0.7] }), (0.3 * perSample[0]! + 0.7 * perSample[1]!) / 2, f32);
    // Predictions are renormalised first: [1, 3] is read as [0.25, 0.75].
    expectClose(categoricalCrossentropy([[0, 1]], [[1, 3]]), -ln(0.75), f32);
  });

  it('sparseCategoricalCrossentropy matches the one-hot form, for labels [n] or [n, 1]', () => {
    const perSample = [-ln(0.95), -ln(0.1)];
    expectClose(sparseCategoricalCrossentropy([1, 2], probs, { reduction: 'none' }), perSample, f32);
    expectClose(sparseCategoricalCrossentropy([[1], [2]], probs, { reduction: 'sum' }), perSample[0]! + perSample[1]!, f32);
    expectClose(sparseCategoricalCrossentropy(constant([1, 2]), probs, { reduction: 'none' }), perSample, f32);
  });

  it('from logits: the gradient is (softmax - target) / batch size', () => {
    const logits = new Variable([
      [2, 0, -1],
      [0.5, 0.5, 3],
    ]);
    const expected = divide(subtract(softmax(logits), oneHot), 2);
    for (const loss of [
      () => categoricalCrossentropy(oneHot, logits, { fromLogits: true }),
      () => sparseCategoricalCrossentropy([1, 2], logits, { fromLogits: true }),
    ]) {
      const tape = new GradientTape();
      const value = tape.record(loss);
      expect(value.shape).toEqual([]);
      expectClose(tape.gradient(value, logits)!, expected, f32);
    }
  });

  it('categorical label smoothing spreads the given fraction over the classes', () => {
    const logits = [[1, 2, 3]];
    const logSoftmax = logits[0]!.map((x) => x - ln(Math.exp(1) + Math.exp(2) + Math.exp(3)));
    const target = [0.1 / 3, 0.9 + 0.1 / 3, 0.1 / 3];
    const expected = -target.reduce((s, t, i) => s + t * logSoftmax[i]!, 0);
    expectClose(categoricalCrossentropy([[0, 1, 0]], logits, { fromLogits: true, labelSmoothing: 0.1 }), expected, f32);
  });

  it('refuses integer predictions', () => {
    expect(() => meanSquaredError([1], constant(new Int32Array([1])))).toThrow('`y_pred` must be a float tensor. Received: dtype=int32');
  });
});
