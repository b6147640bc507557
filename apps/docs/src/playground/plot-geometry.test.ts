import { describe, expect, it } from 'vitest';
import { niceStep, plotGeometry } from './plot-geometry';

const box = { width: 220, height: 120, margin: 10 };

describe('plotGeometry', () => {
  it('maps the samples into the box, y growing upwards', () => {
    const g = plotGeometry({ x: [0, 1, 2], f: [0, 1, 2], df: [1, 1, 1], d2f: [0, 0, 0] }, box);
    const f = g.paths.find((p) => p.key === 'f')!.d;
    const points = f.split(/[ML]/).filter(Boolean).map((p) => p.split(',').map(Number));
    expect(points.map(([x]) => x)).toEqual([10, 110, 210]);
    const ys = points.map(([, y]) => y as number);
    expect(ys[0]).toBeGreaterThan(ys[1] as number);
    expect(ys[1]).toBeGreaterThan(ys[2] as number);
    expect(ys.every((y) => y >= 10 && y <= 110)).toBe(true);
    expect(g.zeroX).toBe(10);
    expect(g.zeroY).not.toBeNull();
  });

  it('breaks a line at non-finite samples', () => {
    const g = plotGeometry({ x: [0, 1, 2, 3], f: [1, NaN, 1, 2], df: [0, 0, 0, 0], d2f: [0, 0, 0, 0] }, box);
    expect(g.paths[0]!.d.match(/M/g)).toHaveLength(2);
    expect(g.paths[0]!.d.match(/L/g)).toHaveLength(1);
  });

  it('labels round ticks', () => {
    expect([niceStep(10), niceStep(0.3), niceStep(70)]).toEqual([2, 0.05, 20]);
    const g = plotGeometry({ x: [-2.5, 2.5], f: [-8, 8], df: [0, 0], d2f: [0, 0] }, box);
    expect(g.xTicks.map((t) => t.label)).toEqual(['-2', '-1', '0', '1', '2']);
    expect(g.yTicks.map((t) => t.label)).toContain('0');
  });
});
