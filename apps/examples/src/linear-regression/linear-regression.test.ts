import { describe, expect, it } from 'vitest';
import { fitLine, leastSquares, makeLine } from './fit-line';

describe('the linear regression example', () => {
  const data = makeLine(3, 2, 200, 0.1);

  it('makes reproducible noisy data around the line', () => {
    expect(makeLine(3, 2, 200, 0.1).y.dataSync()).toEqual(data.y.dataSync());
    const best = leastSquares(data);
    expect(Math.abs(best.weight - 3)).toBeLessThan(0.05);
    expect(Math.abs(best.bias - 2)).toBeLessThan(0.05);
  });

  it('SGD reaches the least-squares optimum, close to the true weight and bias', () => {
    const seen: number[] = [];
    const fitted = fitLine(data, { steps: 200, learningRate: 0.1, every: 50, onStep: (step) => seen.push(step) });
    const best = leastSquares(data);
    expect(seen).toEqual([50, 100, 150, 200]);
    expect(fitted.weight).toBeCloseTo(best.weight, 3);
    expect(fitted.bias).toBeCloseTo(best.bias, 3);
    expect(fitted.loss).toBeLessThan(0.1 ** 2 * 1.2);
  });

  it('too few steps leave it short of the optimum', () => {
    const early = fitLine(data, { steps: 5, learningRate: 0.1 });
    expect(Math.abs(early.weight - 3)).toBeGreaterThan(1);
  });
});
