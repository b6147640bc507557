import { checkGradients, f64 } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import * as tf from './index';

/** The gradient checker from test-utils must fail on wrong gradients, or the proof proves nothing. */
describe('checkGradients', () => {
  const right = tf.getGradient(tf.Square)!;
  const withSquareGradient = (gradFunc: tf.GradFunc, run: () => void) => {
    tf.registerGradient({ kernelName: tf.Square, gradFunc });
    try {
      run();
    } finally {
      tf.registerGradient({ kernelName: tf.Square, gradFunc: right });
    }
  };

  it('passes a right gradient at order 1 and 2', () => {
    const results = checkGradients(tf.square, [f64([1, -2])], { order: 2 });
    expect(results.map((r) => r.order)).toEqual([1, 2]);
    for (const r of results) expect(r.analytic).toBeCloseTo(r.numeric, 6);
  });

  it('fails a wrong first derivative', () => {
    withSquareGradient(
      ([dy], node) => ({ x: () => tf.multiply(dy!, node.inputs.x as tf.Tensor) }),
      () => expect(() => checkGradients(tf.square, [f64([1, 2])])).toThrow(/^order 1: /),
    );
  });

  it('fails, at order 2 only, a right gradient that is not itself differentiable', () => {
    const detached = (x: tf.Tensor) => tf.constant(x.dataSync(), { dtype: x.dtype, shape: [...x.shape] });
    withSquareGradient(
      ([dy], node) => ({ x: () => tf.multiply(dy!, tf.multiply(2, detached(node.inputs.x as tf.Tensor))) }),
      () => {
        expect(() => checkGradients(tf.square, [f64([1, 2])], { order: 1 })).not.toThrow();
        expect(() => checkGradients(tf.square, [f64([1, 2])], { order: 2 })).toThrow(/^order 2: /);
      },
    );
  });
});
