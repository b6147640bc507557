import { describe, expect, it } from 'vitest';
import { codeBlocks, matchesDoc } from './code-blocks';

describe('codeBlocks', () => {
  const page = [
    '# Title',
    '```ts',
    'const a = 1;',
    'console.log(a); // 1',
    'console.log([a, a].join("\\n"));',
    '// 1',
    '// 1',
    '```',
    '```ts no-run',
    'describe("a test file", () => {});',
    '```',
    '```python',
    'print(1)',
    '```',
  ].join('\n');

  it('reads the ts blocks with the outputs documented after each console.log', () => {
    const blocks = codeBlocks('zh/page.md', page);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ file: 'zh/page.md', line: 3, expected: [['1'], ['1', '1']] });
  });

  it('matches … as any text', () => {
    expect(matchesDoc('tf.Tensor(6.0, shape=(), dtype=float32)', 'tf.Tensor(6.0, …)')).toBe(true);
    expect(matchesDoc('tf.Tensor(6.0, shape=(), dtype=float32)', 'tf.Tensor(7.0, …)')).toBe(false);
    expect(matchesDoc('a.b', 'a…')).toBe(true);
    expect(matchesDoc('axb', 'a.b')).toBe(false);
  });
});
