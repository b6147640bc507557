import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The built packages as a user gets them: plain Node resolves `tensortape` and its scoped
 * dependencies to their dist bundles (no vitest aliases), so what bundling drops shows here.
 */
describe('the published build', () => {
  it('imports, prints and differentiates through dist/', () => {
    const script = `
      import * as tf from 'tensortape';
      const x = new tf.Variable(3);
      const tape = new tf.GradientTape();
      const y = tape.record(() => tf.square(x).add(1));
      console.log(String(y));
      console.log(tf.repr(tape.gradient(y, [x])));
      console.log(tf.getBackend().name, typeof tf.constant(1).multiply);
      const w = new tf.Variable(1);
      new tf.SGD({ learningRate: 0.5 }).applyGradients([[tf.constant(2), w]]);
      console.log(w.numpy(), typeof tf.nn.relu);
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(out.split('\n')).toEqual([
      'tf.Tensor(10.0, shape=(), dtype=float32)',
      '[<tf.Tensor: shape=(), dtype=float32, numpy=6.0>]',
      'cpu function',
      '0 function',
      '',
    ]);
  });
});
