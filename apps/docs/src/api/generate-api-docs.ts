/**
 * Generates the API reference (Markdown for VitePress, under docs/api/) from the packages' JSDoc
 * with TypeDoc. The `dev` and `build` scripts run it first, so the reference always matches the
 * sources. `tensortape` re-exports core and autograd, so it documents their whole API in one
 * module; the packages with exports of their own follow it.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Application, Converter, ReflectionKind, type TypeDocOptions } from 'typedoc';
import type { PluginOptions as MarkdownOptions } from 'typedoc-plugin-markdown';

/** typedoc-vitepress-theme's options (the package does not export their type). */
interface VitePressThemeOptions {
  /** VitePress's source root, against which the sidebar's links are written. */
  docsRoot: string;
  sidebar: { pretty: boolean; collapsed: boolean };
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const packages = ['tensortape', 'backend-cpu', 'train', 'test-utils'];
export const apiDir = `${root}docs/api`;

/** Entry points of the packages that exist in this checkout, keyed by their directory. */
function entryPoints(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const dir of packages) {
    const index = `${root}packages/${dir}/src/index.ts`;
    if (existsSync(index)) entries.set(`${dir}/src`, index);
  }
  return entries;
}

function packageName(dir: string): string {
  return (JSON.parse(readFileSync(`${root}packages/${dir}/package.json`, 'utf8')) as { name: string }).name;
}

export async function generateApiDocs(): Promise<void> {
  const entries = entryPoints();
  rmSync(apiDir, { recursive: true, force: true });
  const options: TypeDocOptions & MarkdownOptions & VitePressThemeOptions = {
    name: 'API reference',
    entryPoints: [...entries.values()],
    tsconfig: fileURLToPath(new URL('../../tsconfig.typedoc.json', import.meta.url)),
    plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
    out: apiDir,
    readme: 'none',
    sortEntryPoints: false,
    excludePrivate: true,
    excludeInternal: true,
    // The workspace typecheck already guards the sources; TypeDoc only reads them.
    skipErrorChecking: true,
    disableSources: true,
    hideBreadcrumbs: true,
    hidePageHeader: true,
    // Classes get pages of their own; everything else is a section of its package's page, with
    // the functions (the ops) first.
    membersWithOwnFile: ['Class'],
    groupOrder: ['Classes', 'Functions', 'Namespaces', 'Interfaces', 'Type Aliases', 'Variables', '*'],
    logLevel: 'Warn',
    docsRoot: `${root}docs`,
    sidebar: { pretty: true, collapsed: true },
  };
  const app = await Application.bootstrapWithPlugins(options);
  // Module names come from paths ("tensortape/src"); readers import package names.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const dir = module.name.replace(/\/src$/, '');
      if (entries.has(`${dir}/src`)) module.name = packageName(dir);
    }
  });
  const project = await app.convert();
  if (!project) throw new Error('TypeDoc could not convert the packages');
  await app.generateOutputs(project);
  if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await generateApiDocs();
