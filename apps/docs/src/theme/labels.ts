/** The playground's words, in the page's language. */
export interface PlaygroundLabels {
  readonly editor: string;
  readonly run: string;
  readonly running: string;
  readonly reset: string;
  readonly output: string;
  readonly nothingPrinted: string;
  readonly plotTitle: string;
  readonly legend: { readonly f: string; readonly df: string; readonly d2f: string };
}

const en: PlaygroundLabels = {
  editor: 'Program (TypeScript or JavaScript)',
  run: 'Run',
  running: 'Running…',
  reset: 'Reset',
  output: 'Output',
  nothingPrinted: '(nothing printed)',
  plotTitle: 'f, its first and second derivatives, from GradientTape',
  legend: { f: 'f(x)', df: 'f′(x)', d2f: 'f″(x)' },
};

const zh: PlaygroundLabels = {
  editor: '程序（TypeScript 或 JavaScript）',
  run: '运行',
  running: '运行中…',
  reset: '重置',
  output: '输出',
  nothingPrinted: '（没有输出）',
  plotTitle: 'f 及其一阶、二阶导数（由 GradientTape 求得）',
  legend: { f: 'f(x)', df: 'f′(x)', d2f: 'f″(x)' },
};

export const labelsFor = (lang: string): PlaygroundLabels => (lang.startsWith('zh') ? zh : en);
