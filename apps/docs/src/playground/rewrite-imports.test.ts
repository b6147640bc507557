import { describe, expect, it } from 'vitest';
import { rewriteImports } from './rewrite-imports';

describe('rewriteImports', () => {
  it('binds namespace and named imports of tensortape to the module passed in', () => {
    expect(rewriteImports("import * as tf from 'tensortape';\ntf.square(2);")).toBe('const tf = __tensortape;\ntf.square(2);');
    expect(rewriteImports('import {\n  square,\n  constant as c,\n  type Tensor,\n} from "tensortape"')).toBe(
      'const { square, constant: c } = __tensortape;',
    );
  });

  it('drops type-only imports and the empty export TypeScript leaves', () => {
    expect(rewriteImports("import type { Tensor } from 'tensortape';\nexport {};\nlet a = 1;")).toBe('\n\nlet a = 1;');
  });

  it('refuses other modules and default imports', () => {
    expect(() => rewriteImports("import fs from 'node:fs';")).toThrow("The playground can import only 'tensortape', not 'node:fs'");
    expect(() => rewriteImports("import tf from 'tensortape';")).toThrow('tensortape has no default export');
  });
});
