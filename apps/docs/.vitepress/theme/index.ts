// VitePress reads its theme here; the code lives in src/theme, where it is linted and type-checked.
export { default } from '../../src/theme';
