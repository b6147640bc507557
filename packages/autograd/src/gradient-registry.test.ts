import { describe, expect, it } from 'vitest';
import { getGradient, isBatchable, isNonDifferentiable, markNonDifferentiable, registerGradient, type GradFunc } from './gradient-registry';
import { gradients, nonDifferentiableKernels } from './gradients';

describe('gradient registry', () => {
  it('keeps one gradient per kernel name, the last registered winning', () => {
    const first: GradFunc = () => ({});
    const second: GradFunc = () => ({});
    registerGradient({ kernelName: 'TestOp', gradFunc: first });
    expect(getGradient('TestOp')).toBe(first);
    registerGradient({ kernelName: 'TestOp', gradFunc: second });
    expect(getGradient('TestOp')).toBe(second);
    expect(getGradient('NoSuchOp')).toBeUndefined();
  });

  it('marks kernels as non-differentiable', () => {
    expect(isNonDifferentiable('TestCompare')).toBe(false);
    markNonDifferentiable('TestCompare');
    expect(isNonDifferentiable('TestCompare')).toBe(true);
  });

  it('records which gradients take batch axes, a re-registration without the flag clearing it', () => {
    registerGradient({ kernelName: 'TestBatched', gradFunc: () => ({}), batchable: true });
    expect(isBatchable('TestBatched')).toBe(true);
    registerGradient({ kernelName: 'TestBatched', gradFunc: () => ({}) });
    expect(isBatchable('TestBatched')).toBe(false);
  });

  it('vectorises every built-in gradient: each one takes batch axes', () => {
    expect(gradients.filter((g) => !g.batchable).map((g) => g.kernelName)).toEqual([]);
  });

  it('ships a gradient for each kernel it lists, none of them also non-differentiable', () => {
    const names = gradients.map((g) => g.kernelName);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => nonDifferentiableKernels.includes(n))).toEqual([]);
  });
});
