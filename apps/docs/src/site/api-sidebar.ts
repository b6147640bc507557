import { existsSync, readFileSync } from 'node:fs';
import type { DefaultTheme } from 'vitepress';

/** The API reference's sidebar, written by TypeDoc next to the pages it generates. */
export function apiSidebar(apiDir: string): DefaultTheme.SidebarItem[] {
  const file = `${apiDir}/typedoc-sidebar.json`;
  if (!existsSync(file)) return [];
  const items = JSON.parse(readFileSync(file, 'utf8')) as DefaultTheme.SidebarItem[];
  return [{ text: 'API reference', link: '/api/', items }];
}
