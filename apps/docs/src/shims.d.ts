declare module '*.vue' {
  import type { Theme } from 'vitepress';
  const component: NonNullable<Theme['Layout']>;
  export default component;
}

/** Vite serves a file imported with `?url` as an asset and gives its URL. */
declare module '*?url' {
  const url: string;
  export default url;
}
