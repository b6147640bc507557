import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DType, TypedArray } from '../dtypes';
import { formatShape, formatTensorRepr, formatTensorStr, formatValue, formatVariableRepr } from './index';

interface PrintCase {
  note: string;
  dtype: DType;
  shape: number[];
  values: (number | boolean | null)[];
  special: Record<string, 'nan' | 'inf' | '-inf'>;
  str: string;
  repr: string;
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../test-utils/fixtures/print-cases.json', import.meta.url), 'utf8'),
) as { cases: PrintCase[] };

const SPECIALS = { nan: NaN, inf: Infinity, '-inf': -Infinity };

function typedValues({ dtype, values, special }: PrintCase): TypedArray {
  const numbers = values.map((v, i) => {
    const s = special[String(i)];
    return s !== undefined ? SPECIALS[s] : Number(v);
  });
  if (dtype === 'float32') return Float32Array.from(numbers);
  if (dtype === 'float64') return Float64Array.from(numbers);
  if (dtype === 'int32') return Int32Array.from(numbers);
  return Uint8Array.from(numbers);
}

const cases = fixture.cases.map((c, i) => ({ ...c, name: `#${i} ${c.note} ${c.dtype} ${formatShape(c.shape)}` }));

describe('print-cases fixture', () => {
  it('has all 165 cases', () => expect(cases).toHaveLength(165));

  it.each(cases)('$name', (c) => {
    const values = typedValues(c);
    expect(formatTensorStr(c.dtype, c.shape, values)).toBe(c.str);
    expect(formatTensorRepr(c.dtype, c.shape, values)).toBe(c.repr);
  });
});

describe('formatShape', () => {
  it('writes TensorShape.__str__', () => {
    expect(formatShape([])).toBe('()');
    expect(formatShape([3])).toBe('(3,)');
    expect(formatShape([2, 3])).toBe('(2, 3)');
    expect(formatShape([2, 0, 4])).toBe('(2, 0, 4)');
  });
});

describe('formatVariableRepr', () => {
  it('puts no comma between shape and dtype', () => {
    expect(formatVariableRepr('Variable:0', 'float32', [], new Float32Array([3]))).toBe(
      "<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=3.0>",
    );
    expect(formatVariableRepr('Variable:0', 'int32', [2], new Int32Array([1, 2]))).toBe(
      "<tf.Variable 'Variable:0' shape=(2,) dtype=int32, numpy=array([1, 2])>",
    );
    expect(formatVariableRepr('Variable:0', 'float64', [2], new Float64Array([1, 2]))).toBe(
      "<tf.Variable 'Variable:0' shape=(2,) dtype=float64, numpy=array([1., 2.])>",
    );
  });

  it('starts a multi-line value on a new line', () => {
    expect(formatVariableRepr('Variable:0', 'int32', [2, 2], new Int32Array([1, 2, 3, 4]))).toBe(
      "<tf.Variable 'Variable:0' shape=(2, 2) dtype=int32, numpy=\narray([[1, 2],\n       [3, 4]])>",
    );
  });

  it('prints an unread variable and a bool one', () => {
    expect(formatVariableRepr('UnreadVariable', 'float32', [], new Float32Array([0.1]))).toBe(
      "<tf.Variable 'UnreadVariable' shape=() dtype=float32, numpy=0.1>",
    );
    expect(formatVariableRepr('Variable:0', 'bool', [2], new Uint8Array([1, 0]))).toBe(
      "<tf.Variable 'Variable:0' shape=(2,) dtype=bool, numpy=array([ True, False])>",
    );
  });
});

describe('formatValue details', () => {
  it('caps array digits at 8 after the point, rounding the exact value half to even', () => {
    // 2^-9 = 0.001953125 is an exact tie at the 8th place.
    expect(formatValue('float64', [2], new Float64Array([2 ** -9, 1]), false)).toBe('[0.00195312 1.        ]');
    expect(formatValue('float64', [1], new Float64Array([0.999999999]), false)).toBe('[1.]');
  });

  it('carries rounding into the exponent in scientific mode', () => {
    expect(formatValue('float64', [2], new Float64Array([9.9999999999e-5, 1]), false)).toBe('[1.e-04 1.e+00]');
  });

  it('widens the exponent past two digits when needed', () => {
    expect(formatValue('float64', [2], new Float64Array([1e-100, 1]), false)).toBe('[1.e-100 1.e+000]');
  });

  it('pads nan and -inf into the common width', () => {
    expect(formatValue('float32', [2], new Float32Array([NaN, -Infinity]), false)).toBe('[ nan -inf]');
    expect(formatValue('float32', [2], new Float32Array([NaN, 0.5]), true)).toBe('array([nan, 0.5], dtype=float32)');
  });

  it('summarises a 1000x1000 tensor from its displayed corners only', () => {
    const values = new Int32Array(1_000_000).map((_, i) => i);
    const text = formatValue('int32', [1000, 1000], values, false);
    expect(text).toBe(
      [
        '[[     0      1      2 ...    997    998    999]',
        ' [  1000   1001   1002 ...   1997   1998   1999]',
        ' [  2000   2001   2002 ...   2997   2998   2999]',
        ' ...',
        ' [997000 997001 997002 ... 997997 997998 997999]',
        ' [998000 998001 998002 ... 998997 998998 998999]',
        ' [999000 999001 999002 ... 999997 999998 999999]]',
      ].join('\n'),
    );
  });
});
