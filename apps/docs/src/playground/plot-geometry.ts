import type { DerivativeCurves } from './derivative-curves';

export interface PlotBox {
  readonly width: number;
  readonly height: number;
  /** Room left around the plotting area for tick labels. */
  readonly margin: number;
}

export type CurveKey = 'f' | 'df' | 'd2f';

export interface Tick {
  readonly value: number;
  /** Position in SVG units along the axis. */
  readonly at: number;
  readonly label: string;
}

export interface PlotGeometry {
  /** SVG path data per curve; a non-finite sample breaks the line. */
  readonly paths: { readonly key: CurveKey; readonly d: string }[];
  readonly xTicks: Tick[];
  readonly yTicks: Tick[];
  /** Where the lines x = 0 and y = 0 fall, when they are in view. */
  readonly zeroX: number | null;
  readonly zeroY: number | null;
}

export const curveKeys: readonly CurveKey[] = ['f', 'df', 'd2f'];

/** A step of 1, 2 or 5 times a power of ten that cuts `span` into about `count` parts. */
export function niceStep(span: number, count = 6): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/** The value range shown: most of the samples, so that one spike (1/x near 0) does not flatten the rest. */
function valueRange(samples: number[]): [number, number] {
  const finite = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return [-1, 1];
  const last = finite.length - 1;
  let [lo, hi] = [finite[Math.floor(0.01 * last)] as number, finite[Math.ceil(0.99 * last)] as number];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

function ticks(lo: number, hi: number, toSvg: (v: number) => number, count: number): Tick[] {
  const step = niceStep(hi - lo, count);
  const out: Tick[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
    const value = Math.abs(v) < step * 1e-9 ? 0 : v;
    out.push({ value, at: toSvg(value), label: String(Number(value.toPrecision(10))) });
  }
  return out;
}

/** Lays out f, f′ and f″ in a box: path data, ticks and axes, in SVG coordinates. */
export function plotGeometry(c: DerivativeCurves, box: PlotBox): PlotGeometry {
  const { width, height, margin } = box;
  const [x0, x1] = [c.x[0] ?? 0, c.x[c.x.length - 1] ?? 1];
  const [y0, y1] = valueRange([...c.f, ...c.df, ...c.d2f]);
  const sx = (x: number) => margin + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * margin);
  const sy = (y: number) => height - margin - ((y - y0) / (y1 - y0)) * (height - 2 * margin);
  // Far-off points are clamped so the path stays drawable; the plot clips them anyway.
  const clampY = (v: number) => Math.max(-height, Math.min(2 * height, v));
  const fmt = (v: number) => v.toFixed(2);
  const paths = curveKeys.map((key) => {
    let d = '';
    let pen = false;
    c[key].forEach((y, i) => {
      if (!Number.isFinite(y)) return void (pen = false);
      d += `${pen ? 'L' : 'M'}${fmt(sx(c.x[i] as number))},${fmt(clampY(sy(y)))}`;
      pen = true;
    });
    return { key, d };
  });
  return {
    paths,
    xTicks: ticks(x0, x1, sx, 6),
    yTicks: ticks(y0, y1, sy, 8),
    zeroX: x0 <= 0 && 0 <= x1 ? sx(0) : null,
    zeroY: y0 <= 0 && 0 <= y1 ? sy(0) : null,
  };
}
