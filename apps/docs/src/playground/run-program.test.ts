import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultProgram } from './default-program';
import { runProgram } from './run-program';
import type { TypeScriptApi } from './to-javascript';

const loadTypeScript = async (): Promise<TypeScriptApi> => ts;
const noTypeScript = async (): Promise<TypeScriptApi> => {
  throw new Error('JavaScript must run without the TypeScript compiler');
};
const texts = (r: Awaited<ReturnType<typeof runProgram>>) => r.output.map((l) => `${l.kind}: ${l.text}`);

describe('runProgram', () => {
  it('runs the default TypeScript program: f(2), f′(2) and f″(2) of x³ − 3x, and a plot', async () => {
    const r = await runProgram(defaultProgram, loadTypeScript);
    expect(texts(r)).toEqual([
      'log: tf.Tensor(2.0, shape=(), dtype=float32)',
      'log: tf.Tensor(9.0, shape=(), dtype=float32)',
      'log: tf.Tensor(12.0, shape=(), dtype=float32)',
    ]);
    expect(r.plots).toHaveLength(1);
    const c = r.plots[0]!;
    expect(c.x).toHaveLength(201);
    expect([c.x[0], c.x[200]]).toEqual([-2.5, 2.5]);
    // f′(2.5) = 3·2.5² − 3 and f″(2.5) = 6·2.5, from GradientTape in float32.
    expect(c.df[200]).toBeCloseTo(15.75, 4);
    expect(c.d2f[200]).toBeCloseTo(15, 4);
  });

  it('runs JavaScript as written, with tf in scope, printing as Python prints', async () => {
    const r = await runProgram("console.log('x', tf.constant([1, 2]), [tf.constant(1)], null)", noTypeScript);
    expect(texts(r)).toEqual(["log: x tf.Tensor([1. 2.], shape=(2,), dtype=float32) [<tf.Tensor: shape=(), dtype=float32, numpy=1.0>] None"]);
    const named = await runProgram("import { square } from 'tensortape';\nconsole.log(square(3));\nawait null;", noTypeScript);
    expect(texts(named)).toEqual(['log: tf.Tensor(9.0, shape=(), dtype=float32)']);
  });

  it('reports errors as Python shows their last line, after what was printed', async () => {
    const r = await runProgram("console.log(1);\nnew tf.Variable([1, 2]).assign([1, 2, 3]);", noTypeScript);
    expect(r.output[0]).toEqual({ kind: 'log', text: '1' });
    expect(r.output[1]?.kind).toBe('error');
    expect(r.output[1]?.text).toMatch(/^ValueError: /);
    const syntax = await runProgram('const a: number = ;', loadTypeScript);
    expect(texts(syntax)).toEqual(['error: SyntaxError: Expression expected. (line 1, column 19)']);
    const other = await runProgram("import fs from 'node:fs';", loadTypeScript);
    expect(texts(other)).toEqual(["error: SyntaxError: The playground can import only 'tensortape', not 'node:fs'"]);
  });

  it("shows tensortape's warnings in the output", async () => {
    const r = await runProgram('const t = new tf.GradientTape();\nt.record(() => t.watch(tf.constant(1n)));', noTypeScript);
    expect(r.output).toHaveLength(1);
    expect(r.output[0]?.kind).toBe('warn');
    expect(r.output[0]?.text).toMatch(/^WARNING:tensortape:The dtype of the watched tensor must be floating/);
  });
});
