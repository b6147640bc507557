import type * as TS from 'typescript';
import { rewriteImports } from './rewrite-imports';

/** The part of the TypeScript compiler the playground uses. */
export type TypeScriptApi = Pick<typeof TS, 'transpileModule' | 'flattenDiagnosticMessageText' | 'ScriptTarget' | 'ModuleKind'>;

/** The constructor of async functions, so that programs may use top-level `await`. */
export const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

/** The parameters every playground program receives. */
export const programParams = ['__tensortape', 'tf', 'console', 'plot'] as const;

/** Wraps a program in a block, so that its own declarations may shadow the parameters. */
export const programBody = (js: string) => `"use strict";\n{\n${js}\n}`;

function parsesAsJavaScript(js: string): boolean {
  try {
    new AsyncFunction(...programParams, programBody(js));
    return true;
  } catch (e) {
    if (e instanceof SyntaxError) return false;
    throw e;
  }
}

/**
 * The JavaScript to run for a playground program. JavaScript runs as written; anything else is
 * taken for TypeScript, and its types are stripped by the TypeScript compiler, loaded the first
 * time it is needed (it is large, and plain JavaScript does not need it).
 */
export async function toJavaScript(source: string, loadTypeScript: () => Promise<TypeScriptApi>): Promise<string> {
  const js = rewriteImports(source);
  if (parsesAsJavaScript(js)) return js;
  const ts = await loadTypeScript();
  const { outputText, diagnostics = [] } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
  });
  const first = diagnostics[0];
  if (first) {
    const where = first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start) : undefined;
    const at = where ? ` (line ${where.line + 1}, column ${where.character + 1})` : '';
    throw new SyntaxError(`${ts.flattenDiagnosticMessageText(first.messageText, '\n')}${at}`);
  }
  return rewriteImports(outputText);
}
