import { defineClientComponent, type Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';

/** VitePress's default theme, plus the components the pages use. */
const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // Loaded in the browser, on the pages that use it: only the playground downloads tensortape.
    app.component(
      'Playground',
      defineClientComponent(() => import('./Playground.vue')),
    );
  },
};

export default theme;
