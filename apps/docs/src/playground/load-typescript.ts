import typescriptUrl from 'typescript/lib/typescript.js?url';
import type { TypeScriptApi } from './to-javascript';

let loading: Promise<TypeScriptApi> | undefined;

/**
 * Loads the TypeScript compiler into the page, once. Its script (lib/typescript.js of the
 * workspace's `typescript`) is served as a static asset rather than bundled: bundling 9 MB of
 * compiler would double the site's build time, and only TypeScript programs need it.
 */
export function loadTypeScript(): Promise<TypeScriptApi> {
  loading ??= new Promise<TypeScriptApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = typescriptUrl;
    script.onload = () => resolve((globalThis as unknown as { ts: TypeScriptApi }).ts);
    script.onerror = () => {
      loading = undefined;
      reject(new Error(`Could not load the TypeScript compiler from ${typescriptUrl}`));
    };
    document.head.append(script);
  });
  return loading;
}
