/** The name the playground passes the tensortape module under. */
export const moduleParam = '__tensortape';

const importDecl = /^[ \t]*import\s+(type\s+)?(\*\s*as\s+[\w$]+|\{[^}]*\}|[\w$]+)\s*from\s*(['"])([^'"]+)\3[ \t]*;?/gm;

function binding(clause: string): string {
  const star = /^\*\s*as\s+([\w$]+)$/.exec(clause);
  if (star) return `const ${star[1]} = ${moduleParam};`;
  if (!clause.startsWith('{')) throw new SyntaxError(`tensortape has no default export: write import * as ${clause} from 'tensortape'`);
  const names = clause
    .slice(1, -1)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '))
    .map((s) => s.replace(/\s+as\s+/, ': '));
  return names.length ? `const { ${names.join(', ')} } = ${moduleParam};` : '';
}

/**
 * Turns the imports of a playground program into bindings of the tensortape module it is given:
 * `import * as tf from 'tensortape'` becomes `const tf = __tensortape;`. Type-only imports go;
 * any other module is refused, since the playground bundles tensortape alone.
 *
 * @example
 * rewriteImports("import { square } from 'tensortape';"); // "const { square } = __tensortape;"
 */
export function rewriteImports(code: string): string {
  const out = code
    .replace(importDecl, (_, typeOnly: string | undefined, clause: string, _q: string, from: string) => {
      if (typeOnly) return '';
      if (from !== 'tensortape') throw new SyntaxError(`The playground can import only 'tensortape', not '${from}'`);
      return binding(clause.trim());
    })
    // TypeScript marks a file whose imports all went as a module with an empty export.
    .replace(/^export\s*\{\s*\};?[ \t]*$/gm, '');
  return out;
}
