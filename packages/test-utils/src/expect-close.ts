import { Tensor, Variable, type NumpyValue } from '@tensortape/core';

export interface CloseOptions {
  /** Relative tolerance (default 1e-6). */
  rtol?: number;
  /** Absolute tolerance (default 1e-6). */
  atol?: number;
}

type Comparable = Tensor | Variable | NumpyValue | ArrayLike<number>;

function flat(x: Comparable): { values: number[]; shape: number[] | undefined } {
  if (x instanceof Tensor || x instanceof Variable) return { values: Array.from(x.dataSync()), shape: [...x.shape] };
  if (typeof x === 'number' || typeof x === 'boolean') return { values: [Number(x)], shape: undefined };
  const values: number[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v) || ArrayBuffer.isView(v)) for (const e of Array.from(v as ArrayLike<unknown>)) walk(e);
    else values.push(Number(v));
  };
  walk(x);
  return { values, shape: undefined };
}

/**
 * Asserts element-wise |actual - expected| <= atol + rtol * |expected| (NumPy's `allclose`),
 * with nan equal to nan and infinities equal when their signs agree. Throws a message naming
 * the first element that differs.
 */
export function expectClose(actual: Comparable, expected: Comparable, options: CloseOptions = {}): void {
  const { rtol = 1e-6, atol = 1e-6 } = options;
  const a = flat(actual);
  const e = flat(expected);
  if (a.shape && e.shape && a.shape.join() !== e.shape.join()) {
    throw new Error(`shape [${a.shape}] differs from the expected [${e.shape}]`);
  }
  if (a.values.length !== e.values.length) {
    throw new Error(`${a.values.length} values differ in number from the expected ${e.values.length}`);
  }
  a.values.forEach((x, i) => {
    const y = e.values[i] as number;
    const same = Number.isFinite(y)
      ? Math.abs(x - y) <= atol + rtol * Math.abs(y)
      : Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y));
    if (!same) throw new Error(`element ${i}: ${x} is not close to ${y} (rtol ${rtol}, atol ${atol})`);
  });
}
