import { describe, expect, it } from 'vitest';
import * as tf from './index';

declare const gc: () => void;

/**
 * Collects garbage until `done()` holds, or gives up. Each round starts a new task: finalizers
 * run in later tasks, and a WeakRef read keeps its target alive until its task ends.
 */
async function collectUntil(done: () => boolean, rounds = 40): Promise<boolean> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 1));
    gc();
    if (done()) return true;
  }
  return false;
}

/** Records y = x·x·3 on `tape`, returning a weak reference to the intermediate x·x. */
function recordSquare(tape: tf.GradientTape, x: tf.Variable): { y: tf.Tensor; intermediate: WeakRef<tf.Tensor> } {
  let intermediate!: WeakRef<tf.Tensor>;
  const y = tape.record(() => {
    const sq = x.multiply(x);
    intermediate = new WeakRef(sq);
    return sq.multiply(3);
  });
  return { y, intermediate };
}

describe('memory', () => {
  it('a non-persistent tape drops what it recorded once gradient() answers', async () => {
    const x = new tf.Variable(2);
    const tape = new tf.GradientTape();
    const { y, intermediate } = recordSquare(tape, x);
    expect(await collectUntil(() => intermediate.deref() === undefined, 5)).toBe(false); // still recorded
    expect(tape.gradient(y, x)?.numpy()).toBe(12);
    expect(await collectUntil(() => intermediate.deref() === undefined)).toBe(true);
  });

  it('a persistent tape holds its recording until disposed, also through `using`', async () => {
    const x = new tf.Variable(2);
    const tape = new tf.GradientTape({ persistent: true });
    const { y, intermediate } = recordSquare(tape, x);
    expect(tape.gradient(y, x)?.numpy()).toBe(12);
    expect(await collectUntil(() => intermediate.deref() === undefined, 5)).toBe(false);
    tape.dispose();
    expect(await collectUntil(() => intermediate.deref() === undefined)).toBe(true);
    expect(() => tape.gradient(y, x)).toThrow(tf.RuntimeError);

    let ref!: WeakRef<tf.Tensor>;
    {
      using scoped = new tf.GradientTape({ persistent: true });
      ref = recordSquare(scoped, x).intermediate;
    }
    expect(await collectUntil(() => ref.deref() === undefined)).toBe(true);
  });

  it('tf.memory() is back at its start after 10,000 record/gradient cycles', async () => {
    const x = new tf.Variable([1, 2, 3]);
    await collectUntil(() => false, 3);
    const start = tf.memory();
    for (let i = 0; i < 10_000; i++) {
      const tape = new tf.GradientTape();
      const y = tape.record(() => tf.reduceSum(tf.square(x.multiply(2))));
      tape.gradient(y, x);
    }
    expect(tf.memory().numTensors).toBeGreaterThan(start.numTensors); // garbage not yet collected
    expect(await collectUntil(() => tf.memory().numTensors === start.numTensors)).toBe(true);
    expect(tf.memory().numBytes).toBe(start.numBytes);
  });

  it('the `using` form of recording: enter() until disposed', () => {
    const x = new tf.Variable(3);
    const tape = new tf.GradientTape();
    let y: tf.Tensor;
    {
      using _recording = tape.enter();
      expect(tape.isRecording).toBe(true);
      y = tf.square(x);
    }
    expect(tape.isRecording).toBe(false);
    expect(tape.gradient(y, x)?.numpy()).toBe(6);
  });
});
