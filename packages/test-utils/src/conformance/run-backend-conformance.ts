import { getGradient, GradientTape, isNonDifferentiable } from '@tensortape/autograd';
import {
  add,
  cast,
  constant,
  getBackend,
  getKernelNames,
  InvalidArgumentError,
  multiply,
  random,
  range,
  reduceSum,
  reshape,
  setBackend,
  sin,
  type NestedArray,
  type Tensor,
} from '@tensortape/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGradients } from '../check-gradients';
import { expectClose } from '../expect-close';
import { loadFixture } from '../fixtures';
import type { Fn, GradientCase } from './case-group';
import { caseGroups } from './cases';

interface RecordedOp {
  op: string;
  inputs: NestedArray<number>[];
  y: NestedArray<number> | number;
  w: NestedArray<number> | number;
  grad_of_sum_w_y: NestedArray<number>[];
  v: NestedArray<number>[];
  hvp: NestedArray<number>[];
}

const f64 = (values: NestedArray<number> | number) => constant(values, { dtype: 'float64' });

/**
 * The backend conformance suite, as vitest tests: forward values across dtypes, the gradient
 * proof (every differentiable kernel at order 1 and 2 in float64, and float32 gradients agreeing
 * with float64), and TensorFlow's recorded values, gradients and Hessian-vector products.
 * Register the backend's kernels first; a backend package runs it in one line.
 *
 * @example
 * registerCpuBackend();
 * runBackendConformance('cpu');
 */
export function runBackendConformance(backendName: string): void {
  const gradientCases = new Map<string, GradientCase>();
  for (const group of caseGroups) for (const c of group.gradients) gradientCases.set(c.kernel, c);
  const kernels = getKernelNames(backendName);
  const differentiable = kernels.filter((k) => !isNonDifferentiable(k));
  let previous: string;

  describe(`backend conformance: ${backendName}`, () => {
    beforeAll(() => {
      previous = getBackend().name;
      setBackend(backendName);
    });
    afterAll(() => setBackend(previous));

    it('registers kernels, each with a gradient or a non-differentiable mark', () => {
      expect(kernels.length).toBeGreaterThan(0);
      for (const name of differentiable) expect(getGradient(name), `gradient of ${name}`).toBeDefined();
    });

    describe('forward values', () => {
      const values = caseGroups.flatMap((g) => g.values);
      it.each(values.map((c) => [c.name, c] as const))('%s', (_, c) => {
        expect(String(c.run())).toBe(c.expected);
      });
    });

    describe('errors raised inside kernels', () => {
      const errors = caseGroups.flatMap((g) => g.errors ?? []);
      it.each(errors.map((c) => [c.name, c] as const))('%s', (_, c) => {
        expect(c.run).toThrow(new InvalidArgumentError(c.message));
      });
    });

    describe('gradient proof: order 1 and 2 in float64', () => {
      it('has a case for every differentiable kernel', () => {
        expect(differentiable.filter((k) => !gradientCases.has(k))).toEqual([]);
      });
      it.each(differentiable.filter((k) => gradientCases.has(k)))('%s', (kernel) => {
        const { f, inputs, options } = gradientCases.get(kernel) as GradientCase;
        const results = checkGradients(f, inputs(), { order: 2, ...options });
        expect(results.map((r) => r.order)).toEqual([1, 2]);
      });
    });

    describe('gradient proof: float32 agrees with float64', () => {
      it.each(differentiable.filter((k) => gradientCases.has(k)))('%s', (kernel) => {
        const { f, inputs } = gradientCases.get(kernel) as GradientCase;
        const x64 = inputs();
        const w = random.normal(f(...x64).shape, { dtype: 'float64', seed: 99 });
        const [g64, g32] = [x64, x64.map((x) => cast(x, 'float32'))].map((xs) => objectiveGradient(f, xs, w));
        g64!.forEach((g, i) => {
          if (g) expectClose(g32![i]!, g, { rtol: 2e-3, atol: 1e-4 });
          else expect(g32![i]).toBeNull();
        });
      });
    });

    describe('vectorised jacobians agree with one backward pass per row, at order 1 and 2', () => {
      it.each(differentiable.filter((k) => gradientCases.has(k)))('%s', (kernel) => {
        const { f, inputs } = gradientCases.get(kernel) as GradientCase;
        const xs = inputs();
        const [vectorised, rowByRow] = [true, false].map((usePfor) => jacobianAndItsGradient(f, xs, usePfor));
        vectorised!.forEach((j, i) => expectCloseOrNull(j, rowByRow![i]!));
      });
    });

    describe("TensorFlow's recorded values, gradients and Hessian-vector products (float64)", () => {
      const tfOps: Record<string, Fn> = Object.assign({}, ...caseGroups.map((g) => g.tfOps));
      const recorded = loadFixture<{ cases: RecordedOp[] }>('tf-op-values.json').cases.filter((c) => c.op in tfOps);
      it.each(recorded.map((c) => [c.op, c] as const))('%s', (op, c) => checkRecorded(tfOps[op] as Fn, c));
    });
  });
}

/** d sum(w · f(xs)) / dxs, in the inputs' dtype. */
function objectiveGradient(f: Fn, xs: Tensor[], w64: Tensor): (Tensor | null)[] {
  const tape = new GradientTape();
  const s = tape.record(() => {
    tape.watch(xs);
    const y = f(...xs);
    return reduceSum(multiply(cast(w64, y.dtype), y));
  });
  return tape.gradient(s, xs);
}

/**
 * The Jacobians of f at xs, then the gradient of a weighted sum of them (a second order that
 * differentiates the Jacobian's own backward pass), with or without vectorisation.
 */
function jacobianAndItsGradient(f: Fn, xs: Tensor[], usePfor: boolean): (Tensor | null)[] {
  const outer = new GradientTape();
  const inner = new GradientTape({ persistent: true });
  const [jacobians, weighted] = outer.record(() => {
    outer.watch(xs);
    const y = inner.record(() => {
      inner.watch(xs);
      return f(...xs);
    });
    const jacobians = inner.jacobian(y, xs, { experimentalUsePfor: usePfor });
    const weighted = jacobians.flatMap((j) => (j ? [reduceSum(multiply(j, fixedWeights(j)))] : []));
    return [jacobians, weighted] as const;
  });
  return [...jacobians, ...outer.gradient(weighted, xs)];
}

/** Weights that differ per element and are the same on every call: sin(1.3 i + 0.4). */
function fixedWeights(t: Tensor): Tensor {
  return reshape(sin(add(multiply(range(0, t.size, 1, 'float64'), 1.3), 0.4)), t.shape);
}

function expectCloseOrNull(actual: Tensor | null, expected: Tensor | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expectClose(actual as Tensor, expected, { rtol: 1e-10, atol: 1e-12 });
}

function checkRecorded(f: Fn, c: RecordedOp): void {
  const xs = c.inputs.map(f64);
  const [w, v] = [f64(c.w), c.v.map(f64)];
  expectClose(f(...xs), f64(c.y), { rtol: 1e-12, atol: 1e-12 });
  const outer = new GradientTape();
  const inner = new GradientTape();
  const [grads, gv] = outer.record(() => {
    outer.watch(xs);
    const s = inner.record(() => {
      inner.watch(xs);
      return reduceSum(multiply(w, f(...xs)));
    });
    const grads = inner.gradient(s, xs);
    return [grads, grads.map((g, i) => (g ? reduceSum(multiply(g, v[i] as Tensor)) : null))] as const;
  });
  grads.forEach((g, i) => expectClose(g as Tensor, f64(c.grad_of_sum_w_y[i] as NestedArray<number>), { rtol: 1e-10, atol: 1e-12 }));
  const hvps = outer.gradient(gv.filter((t): t is Tensor => t !== null), xs, { unconnectedGradients: 'zero' });
  hvps.forEach((h, i) => expectClose(h as Tensor, f64(c.hvp[i] as NestedArray<number>), { rtol: 1e-9, atol: 1e-12 }));
}
