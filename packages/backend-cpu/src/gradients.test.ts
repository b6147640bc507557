import { getGradient, GradientTape, isNonDifferentiable, registerGradient } from '@tensortape/autograd';
import * as tf from '@tensortape/core';
import { checkGradients, expectClose, loadFixture, type CheckGradientsOptions } from '@tensortape/test-utils';
import { describe, expect, it } from 'vitest';
import { registerCpuBackend } from './index';

registerCpuBackend();

type Fn = (...xs: tf.Tensor[]) => tf.Tensor;
const f64 = (values: tf.TensorLike) => tf.constant(values, { dtype: 'float64' });
const positive = (shape: number[], seed: number) => tf.add(tf.square(tf.random.normal(shape, { dtype: 'float64', seed })), 0.5);
const normal = (shape: number[], seed: number) => tf.random.normal(shape, { dtype: 'float64', seed });

/**
 * For every differentiable CPU kernel, an op that runs it and inputs where it is smooth. The
 * proof below fails when a registered kernel is missing here, so a new kernel needs a case.
 */
const kernelCases: Record<string, { f: Fn; inputs: () => tf.Tensor[]; options?: CheckGradientsOptions }> = {
  [tf.Add]: { f: tf.add, inputs: () => [normal([2, 3], 1), normal([3], 2)] },
  [tf.Sub]: { f: tf.subtract, inputs: () => [normal([2, 1], 3), normal([2, 3], 4)] },
  [tf.Mul]: { f: tf.multiply, inputs: () => [normal([2, 3], 5), normal([2, 1], 6)] },
  [tf.RealDiv]: { f: tf.divide, inputs: () => [normal([3], 7), positive([2, 3], 8)] },
  [tf.Pow]: { f: tf.pow, inputs: () => [positive([3], 9), normal([3], 10)] },
  [tf.Neg]: { f: tf.negative, inputs: () => [normal([4], 11)] },
  [tf.Square]: { f: tf.square, inputs: () => [normal([4], 12)] },
  [tf.Log]: { f: tf.log, inputs: () => [positive([4], 13)] },
  [tf.Identity]: { f: tf.identity, inputs: () => [normal([4], 14)] },
  // Through float32 and back: differences see float32 rounding, hence the wide step.
  [tf.Cast]: {
    f: (x) => tf.square(tf.cast(tf.cast(x, 'float32'), 'float64')),
    inputs: () => [f64([0.5, -1.25])],
    options: { eps: 1e-2, rtol: 1e-4 },
  },
  [tf.Reshape]: { f: (x) => tf.square(tf.reshape(x, [3, 2])), inputs: () => [normal([2, 3], 15)] },
  [tf.BroadcastTo]: { f: (x) => tf.square(tf.broadcastTo(x, [2, 3])), inputs: () => [normal([1, 3], 16)] },
  [tf.Sum]: { f: (x) => tf.square(tf.reduceSum(x, 1, true)), inputs: () => [normal([2, 3], 17)] },
  [tf.Select]: {
    f: (a, b) => tf.where(tf.greater(a, b), tf.square(a), tf.multiply(a, b)),
    inputs: () => [f64([1, -2, 3]), f64([0.5, 1, 4])],
  },
};

describe('the gradient proof: every differentiable CPU kernel, at first and second order in float64', () => {
  const kernels = tf.getKernelNames('cpu');

  it('each kernel has a gradient or is marked non-differentiable, and a case here', () => {
    for (const name of kernels) {
      if (isNonDifferentiable(name)) continue;
      expect(getGradient(name), `gradient of ${name}`).toBeDefined();
      expect(kernelCases[name], `gradient case for ${name}`).toBeDefined();
    }
  });

  it.each(kernels.filter((k) => !isNonDifferentiable(k)))('%s', (name) => {
    const { f, inputs, options } = kernelCases[name]!;
    const results = checkGradients(f, inputs(), { order: 2, ...options });
    expect(results.map((r) => r.order)).toEqual([1, 2]);
  });

  it('the checker catches a wrong gradient', () => {
    const right = getGradient(tf.Square)!;
    registerGradient({ kernelName: tf.Square, gradFunc: ([dy], node) => ({ x: () => tf.multiply(dy!, node.inputs.x as tf.Tensor) }) });
    try {
      expect(() => checkGradients(tf.square, [f64([1, 2])], { order: 1 })).toThrow(/^order 1: /);
    } finally {
      registerGradient({ kernelName: tf.Square, gradFunc: right });
    }
    // A first derivative that is right but not differentiable itself fails at order 2 only.
    registerGradient({ kernelName: tf.Square, gradFunc: ([dy], node) => ({ x: () => tf.multiply(dy!, tf.multiply(2, tf.constant((node.inputs.x as tf.Tensor).dataSync(), { dtype: 'float64' }))) }) });
    try {
      expect(() => checkGradients(tf.square, [f64([1, 2])], { order: 1 })).not.toThrow();
      expect(() => checkGradients(tf.square, [f64([1, 2])], { order: 2 })).toThrow(/^order 2: /);
    } finally {
      registerGradient({ kernelName: tf.Square, gradFunc: right });
    }
  });
});

interface OpCase {
  op: string;
  inputs: tf.NestedArray<number>[];
  y: tf.NestedArray<number> | number;
  w: tf.NestedArray<number> | number;
  grad_of_sum_w_y: tf.NestedArray<number>[];
  v: tf.NestedArray<number>[];
  hvp: tf.NestedArray<number>[];
}

/** TF's recorded ops (tf-op-values.json) that the CPU backend runs so far, as tensortape calls. */
const tfOps: Record<string, Fn> = {
  negative: tf.negative,
  square: tf.square,
  add: tf.add,
  subtract: tf.subtract,
  multiply: tf.multiply,
  divide: tf.divide,
  pow: tf.pow,
  reduce_sum: (x) => tf.reduceSum(x, 0),
  reduce_mean: (x) => tf.reduceMean(x, 1, true),
  reshape: (x) => tf.reshape(x, [2, 3]),
  broadcast_to: (x) => tf.broadcastTo(x, [3, 2]),
  'math.log': tf.log,
};

describe("TensorFlow's recorded values, gradients and Hessian-vector products (float64)", () => {
  const cases = loadFixture<{ cases: OpCase[] }>('tf-op-values.json').cases.filter((c) => c.op in tfOps);

  it('covers the ops implemented so far', () => {
    expect(cases.map((c) => c.op).sort()).toEqual(Object.keys(tfOps).sort());
  });

  it.each(cases.map((c) => [c.op, c] as const))('%s', (op, c) => {
    const f = tfOps[op]!;
    const xs = c.inputs.map(f64);
    const w = f64(c.w);
    const v = c.v.map(f64);
    const y = f(...xs);
    expectClose(y, f64(c.y), { rtol: 1e-12, atol: 1e-12 });
    // grads = d sum(w*y)/dx; hvp = d sum_j <grads_j, v_j> / dx.
    const t2 = new GradientTape();
    const t1 = new GradientTape();
    const [grads, gv] = t2.record(() => {
      t2.watch(xs);
      const s = t1.record(() => {
        t1.watch(xs);
        return tf.reduceSum(tf.multiply(w, f(...xs)));
      });
      const grads = t1.gradient(s, xs);
      return [grads, grads.map((g, i) => tf.reduceSum(tf.multiply(g!, v[i]!)))] as const;
    });
    grads.forEach((g, i) => expectClose(g!, f64(c.grad_of_sum_w_y[i]!), { rtol: 1e-10, atol: 1e-12 }));
    const hvps = t2.gradient(gv, xs, { unconnectedGradients: 'zero' });
    hvps.forEach((h, i) => expectClose(h!, f64(c.hvp[i]!), { rtol: 1e-9, atol: 1e-12 }));
  });
});
