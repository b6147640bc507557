// VitePress reads its config here; the code lives in src/site, where it is linted and type-checked.
export { default } from '../src/site/config';
