import type { Tensor, Variable } from '@tensortape/core';

/** A tensor or variable, or arrays and plain objects of them, nested to any depth. */
export type Nest<T> = T | readonly Nest<T>[] | { readonly [key: string]: Nest<T> };

/** The structure of `S` with each tensor or variable replaced by `Leaf`. */
export type MapNest<S, Leaf> = S extends Tensor | Variable
  ? Leaf
  : S extends readonly unknown[]
    ? { -readonly [K in keyof S]: MapNest<S[K], Leaf> }
    : S extends object
      ? { -readonly [K in keyof S]: MapNest<S[K], Leaf> }
      : never;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype;
}

/** The leaves of a nest in order (arrays by index, objects by key order). Anything that is
 * neither an array nor a plain object counts as a leaf, so callers can reject it. */
export function flattenNest(nest: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(nest)) for (const x of nest) flattenNest(x, out);
  else if (isPlainObject(nest)) for (const x of Object.values(nest)) flattenNest(x, out);
  else out.push(nest);
  return out;
}

/** Rebuilds `structure` with `leaves` in flattening order. */
export function packNest(structure: unknown, leaves: readonly unknown[]): unknown {
  let i = 0;
  const build = (s: unknown): unknown => {
    if (Array.isArray(s)) return s.map(build);
    if (isPlainObject(s)) return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, build(v)]));
    return leaves[i++];
  };
  return build(structure);
}
