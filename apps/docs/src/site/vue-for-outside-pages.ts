import { createRequire } from 'node:module';
import type { UserConfig } from 'vitepress';

type VitePlugin = Extract<NonNullable<NonNullable<UserConfig['vite']>['plugins']>[number], { name: string }>;

/**
 * The Markdown lives in the top-level docs/, where no node_modules holds Vue (pnpm gives it to
 * VitePress only). In the browser bundle VitePress aliases `vue` itself; for the server-side
 * render this points the pages' imports at VitePress's own copy, kept external so that the pages
 * and VitePress share one Vue.
 */
export function vueForOutsidePages(): VitePlugin {
  const fromVitePress = createRequire(createRequire(import.meta.url).resolve('vitepress/package.json'));
  return {
    name: 'tensortape-docs:vue-for-outside-pages',
    enforce: 'pre',
    resolveId(id, _importer, options) {
      if (!options?.ssr || (id !== 'vue' && id !== 'vue/server-renderer')) return null;
      return { id: fromVitePress.resolve(id), external: true };
    },
  };
}
