import type { DefaultTheme } from 'vitepress';
import { sections, type Page } from './pages';

export type Lang = 'en' | 'zh';

function link(page: Page, lang: Lang): string {
  return `${lang === 'zh' && !page.englishOnly ? '/zh/' : '/'}${page.slug}`;
}

/** The guide sidebar of one language. */
export function guideSidebar(lang: Lang): DefaultTheme.SidebarItem[] {
  return sections.map((section) => ({
    text: section[lang],
    items: section.pages.map((page) => ({ text: page[lang], link: link(page, lang) })),
  }));
}

/** The top navigation of one language. */
export function nav(lang: Lang): DefaultTheme.NavItem[] {
  const prefix = lang === 'zh' ? '/zh/' : '/';
  return [
    { text: lang === 'zh' ? '指南' : 'Guide', link: `${prefix}getting-started`, activeMatch: `^${prefix}(?!playground|api)` },
    { text: lang === 'zh' ? '在线试用' : 'Playground', link: `${prefix}playground` },
    { text: 'API', link: '/api/', activeMatch: '^/api/' },
  ];
}
