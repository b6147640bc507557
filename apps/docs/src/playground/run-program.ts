import * as tf from 'tensortape';
import { derivativeCurves, type DerivativeCurves, type ElementwiseFn } from './derivative-curves';
import { AsyncFunction, programBody, programParams, toJavaScript, type TypeScriptApi } from './to-javascript';

export interface OutputLine {
  readonly kind: 'log' | 'warn' | 'error';
  readonly text: string;
}

export interface ProgramResult {
  readonly output: OutputLine[];
  readonly plots: DerivativeCurves[];
}

/** Python's `type(e).__name__: str(e)`, as a traceback's last line reads. */
const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : `Error: ${String(e)}`);

/**
 * Runs a playground program: JavaScript or TypeScript that may import 'tensortape' (and sees it
 * as `tf` without an import). `console.log` prints each argument as Python's `print` does
 * (`tf.str`), so tensors read as in TensorFlow; `plot(f, [from, to])` samples f, f′ and f″.
 *
 * @example
 * const { output } = await runProgram('console.log(tf.square(3))', loadTypeScript);
 * // output: [{ kind: 'log', text: 'tf.Tensor(9.0, shape=(), dtype=float32)' }]
 */
export async function runProgram(source: string, loadTypeScript: () => Promise<TypeScriptApi>): Promise<ProgramResult> {
  const output: OutputLine[] = [];
  const plots: DerivativeCurves[] = [];
  const printer =
    (kind: OutputLine['kind']) =>
    (...values: unknown[]) => {
      for (const text of values.map(tf.str).join(' ').split('\n')) output.push({ kind, text });
    };
  const console = { log: printer('log'), info: printer('log'), warn: printer('warn'), error: printer('error') };
  const plot = (f: ElementwiseFn, range: readonly [number, number] = [-3, 3]) => void plots.push(derivativeCurves(f, range));
  tf.setWarningLogger((message) => output.push({ kind: 'warn', text: `WARNING:tensortape:${message}` }));
  try {
    const js = await toJavaScript(source, loadTypeScript);
    await new AsyncFunction(...programParams, programBody(js))(tf, tf, console, plot);
  } catch (e) {
    output.push({ kind: 'error', text: errorText(e) });
  } finally {
    tf.setWarningLogger();
  }
  return { output, plots };
}
