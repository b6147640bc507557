import { readFileSync } from 'node:fs';

/** The fixtures recorded from TensorFlow that ship in this package's `fixtures/` folder. */
export type FixtureName =
  | 'print-cases.json'
  | 'tf-op-values.json'
  | 'keras-optimizer-trajectories.json'
  | 'tensorflow-autodiff-notebook.txt';

export function fixturePath(name: FixtureName): string {
  return new URL(`../fixtures/${name}`, import.meta.url).pathname;
}

/** Reads a fixture: JSON ones parsed, the notebook as text. */
export function loadFixture<T = unknown>(name: FixtureName): T {
  const text = readFileSync(fixturePath(name), 'utf8');
  return (name.endsWith('.json') ? JSON.parse(text) : text) as T;
}
