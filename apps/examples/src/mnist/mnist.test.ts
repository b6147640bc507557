import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGE_SIZE, loadMnist } from './load-mnist';
import { variablesOf } from './mlp';
import { ProgressBar } from './progress-bar';
import { trainMnist, type TrainOptions } from './train-mnist';

const dir = mkdtempSync(join(tmpdir(), 'tensortape-mnist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A small subset: 40 training and 10 test images per digit.
const data = loadMnist({ perDigit: 50 });
const options: TrainOptions = { data, epochs: 3, batchSize: 20, hidden: 32, learningRate: 0.005, seed: 7 };
/** Whether two runs ended with bit-identical weights (compared as bytes: a diff of 100 kB would be slow). */
const sameWeights = (a: Awaited<ReturnType<typeof trainMnist>>, b: Awaited<ReturnType<typeof trainMnist>>) =>
  variablesOf(a.model).every((v, i) => Buffer.from(v.dataSync().buffer).equals(Buffer.from(variablesOf(b.model)[i]!.dataSync().buffer)));

describe('the MNIST example', () => {
  it('loads the digits of the mnist package, split per digit', () => {
    const full = loadMnist();
    expect(full.train.count + full.test.count).toBe(10_000);
    expect(full.train.images.length).toBe(full.train.count * IMAGE_SIZE);
    expect(full.test.images.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(full.test.images.some((x) => x === 1) && full.test.images.some((x) => x === 0)).toBe(true);
    const perDigit = Array.from({ length: 10 }, (_, d) => data.train.labels.filter((l) => l === d).length);
    expect(perDigit).toEqual(Array(10).fill(40));
    expect(data.test.count).toBe(100);
  });

  it('learns: the loss falls and test accuracy is far above chance', async () => {
    const lines: string[] = [];
    const result = await trainMnist({ ...options, progress: new ProgressBar((t) => lines.push(t), false) });
    expect(result.history.map((h) => h.epoch)).toEqual([1, 2, 3]);
    const losses = result.history.map((h) => h.loss);
    expect(losses[2]).toBeLessThan(losses[0]! * 0.5);
    expect(result.testAccuracy).toBeGreaterThan(0.6);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^epoch 3\/3 \[█{10}\] batch 20\/20 \[█{20}\] loss \d\.\d{4} acc \d+\.\d% test acc \d+\.\d% \(\d+\.\ds\)\n$/);
  });

  it('saves a checkpoint each epoch and resumes a rerun where it stopped, as if never interrupted', async () => {
    const path = join(dir, 'mnist.ckpt');
    const uninterrupted = await trainMnist(options);

    const first = await trainMnist({ ...options, epochs: 1, checkpointPath: path });
    expect([first.resumedAfter, existsSync(path)]).toEqual([0, true]);
    const logs: string[] = [];
    const resumed = await trainMnist({ ...options, checkpointPath: path, log: (l) => logs.push(l) });
    expect(logs).toEqual([`Resumed from ${path} after epoch 1.`]);
    expect(resumed.resumedAfter).toBe(1);
    expect(resumed.history.map((h) => h.epoch)).toEqual([2, 3]);
    expect(sameWeights(resumed, uninterrupted)).toBe(true);
    expect(sameWeights(first, uninterrupted)).toBe(false);

    const again = await trainMnist({ ...options, checkpointPath: path });
    expect([again.resumedAfter, again.history.length, again.testAccuracy]).toEqual([3, 0, uninterrupted.testAccuracy]);
  });
});
